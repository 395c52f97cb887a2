import { useEffect, useState } from 'react';
import { qrSvgs } from '../sell/print/qr';

/** A QR code of `text` as an image (an SVG data URL: the window's CSP allows data: images, not inline markup styles). */
export function QrImage({ text, label, className }: { text: string; label: string; className?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void qrSvgs([text]).then((svgs) => {
      if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgs.get(text) ?? '')}`);
    });
    return () => {
      current = false;
    };
  }, [text]);
  return src ? <img className={className ?? 'qr-image'} src={src} alt={label} data-qr-text={text} /> : null;
}
