import type { ReactNode } from 'react';
import { VerdictIcon } from './VerdictIcon';
import { wordSize, type Look } from './verdict-look';

interface VerdictFrameProps {
  look: Look | 'idle';
  /** Grows with every verdict: the panel is re-mounted, so its entrance flash marks a new verdict even when the colour repeats. */
  seq: number;
  verdict: string;
  word: string;
  action?: string | null;
  children?: ReactNode;
  footer?: ReactNode;
  /** Judged by this device from its cache (the link was down): said beside the word. */
  offlineMark?: string | null;
}

/** The full-width verdict: colour, icon and word together, readable at arm's length. */
export function VerdictFrame({ look, seq, verdict, word, action, children, footer, offlineMark }: VerdictFrameProps) {
  return (
    <section key={seq} className={`verdict verdict-${look}`} data-verdict={verdict} data-seq={seq} data-offline={offlineMark ? 'true' : undefined} aria-live="assertive" aria-atomic="true">
      <div className="verdict-head">
        <VerdictIcon look={look} />
        <div className="verdict-words">
          <h2 className={`verdict-word verdict-word-${wordSize(word)}`}>{word}</h2>
          {action || offlineMark ? (
            <p className="verdict-action">
              {action}
              {offlineMark ? <span className="verdict-offline">{offlineMark}</span> : null}
            </p>
          ) : null}
        </div>
      </div>
      {children ? <div className="verdict-body">{children}</div> : null}
      {footer ? <div className="verdict-footer">{footer}</div> : null}
    </section>
  );
}
