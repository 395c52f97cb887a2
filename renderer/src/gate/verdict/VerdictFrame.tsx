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
}

/** The full-width verdict: colour, icon and word together, readable at arm's length. */
export function VerdictFrame({ look, seq, verdict, word, action, children, footer }: VerdictFrameProps) {
  return (
    <section key={seq} className={`verdict verdict-${look}`} data-verdict={verdict} data-seq={seq} aria-live="assertive" aria-atomic="true">
      <div className="verdict-head">
        <VerdictIcon look={look} />
        <div className="verdict-words">
          <h2 className={`verdict-word verdict-word-${wordSize(word)}`}>{word}</h2>
          {action ? <p className="verdict-action">{action}</p> : null}
        </div>
      </div>
      {children ? <div className="verdict-body">{children}</div> : null}
      {footer ? <div className="verdict-footer">{footer}</div> : null}
    </section>
  );
}
