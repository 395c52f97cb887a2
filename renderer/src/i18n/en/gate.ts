import type { Messages } from '../zh-CN';
import type { gate as zh } from '../zh-CN/gate';

export const gate: Pick<Messages, keyof typeof zh> = {
  gate: {
    scanLabel: 'Scan or type a ticket code',
    scanPlaceholder: 'Scan the QR code on the ticket',
    check: 'Check',
    cameraUnavailable: "This device's browser cannot scan with a camera. Use the scanner or type the code.",
    cameraDenied: 'The camera cannot be used (not allowed, or busy). Use the scanner or type the code.',
    cameraPreview: 'Camera view',
    cameraClose: 'Close the camera',
  },
};
