import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import jsQR from 'jsqr';

interface CameraScannerProps {
  onScan: (code: string) => void;
  onClose: () => void;
}

// Decoding every frame would burn a phone's battery; eight times a second is quicker than a hand.
const DECODE_INTERVAL_MS = 125;

/** Reads QR codes from the device camera (rear camera preferred) where the browser allows it. */
export function CameraScanner({ onScan, onClose }: CameraScannerProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  // Insecure origins (a tablet on http://192.168...) have no mediaDevices at all.
  const supported = typeof (navigator.mediaDevices as MediaDevices | undefined)?.getUserMedia === 'function';
  // Without a secure context the camera is withheld by the browser: say that the HTTPS address is the way.
  const [error, setError] = useState<string | null>(supported ? null : window.isSecureContext ? t('gate.cameraUnavailable') : t('secureContext.cameraNeedsHttps'));
  const onScanRef = useRef(onScan);

  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    let reads = 0;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });

    const decode = () => {
      const element = video.current;
      if (stopped || !element || !ctx) return;
      if (element.readyState >= element.HAVE_ENOUGH_DATA && element.videoWidth > 0) {
        // Downscale: QR codes on tickets are large, and fewer pixels decode faster.
        const scale = Math.min(1, 640 / element.videoWidth);
        canvas.width = Math.round(element.videoWidth * scale);
        canvas.height = Math.round(element.videoHeight * scale);
        ctx.drawImage(element, 0, 0, canvas.width, canvas.height);
        const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
        if (found?.data) {
          // How many times a code was read, on the element: what the gate (and its tests) can see of a held-up ticket.
          if (frame.current) frame.current.dataset.reads = String(++reads);
          onScanRef.current(found.data);
        }
      }
      timer = window.setTimeout(decode, DECODE_INTERVAL_MS);
    };

    if (!supported) return;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        decode();
      })
      .catch(() => setError(t('gate.cameraDenied')));

    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [t, supported]);

  return (
    <div className="camera-scanner" ref={frame}>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : (
        <video ref={video} muted playsInline aria-label={t('gate.cameraPreview')} />
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t('gate.cameraClose')}
      </button>
    </div>
  );
}
