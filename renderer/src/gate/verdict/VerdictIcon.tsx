import type { ReactNode } from 'react';
import type { Look } from './verdict-look';

// Drawn, not typed: a glyph from a font may be missing on a gate tablet, and a tick must never render as a box.
const PATHS: Record<Look | 'idle', ReactNode> = {
  admit: <path d="M14 33 L27 46 L51 19" />,
  used: (
    <>
      <path d="M32 14 V38" />
      <circle cx="32" cy="49" r="4" className="verdict-icon-dot" />
    </>
  ),
  refuse: <path d="M18 18 L46 46 M46 18 L18 46" />,
  ask: (
    <>
      <rect x="12" y="18" width="40" height="28" rx="3" />
      <circle cx="25" cy="30" r="4.5" />
      <path d="M18 41 Q25 34 32 41 M37 27 H46 M37 35 H46" />
    </>
  ),
  failed: <path d="M32 14 L52 48 H12 Z M32 26 V37 M32 42.5 V43" />,
  idle: <path d="M16 22 V16 H22 M42 16 H48 V22 M48 42 V48 H42 M22 48 H16 V42 M16 32 H48" />,
};

/** The verdict's shape, in a ring: readable with the colour gone (colour-blind staff, glare on the screen). */
export function VerdictIcon({ look }: { look: Look | 'idle' }) {
  return (
    <svg className="verdict-icon" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      {look === 'failed' || look === 'ask' || look === 'idle' ? null : <circle cx="32" cy="32" r="29" className="verdict-icon-ring" />}
      <g className="verdict-icon-mark">{PATHS[look]}</g>
    </svg>
  );
}
