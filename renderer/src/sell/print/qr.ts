import { toString as qrToString } from 'qrcode';

/**
 * QR codes as inline SVG (crisp on any printer, and no style attributes, which the window's CSP forbids in
 * markup): one per distinct payload. Error correction M survives a crease or a smudge on thermal paper.
 */
export async function qrSvgs(payloads: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(payloads)];
  const svgs = await Promise.all(unique.map((payload) => qrToString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })));
  return new Map(unique.map((payload, i) => [payload, svgs[i] ?? '']));
}
