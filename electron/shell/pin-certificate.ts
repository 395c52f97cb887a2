import { X509Certificate } from 'node:crypto';
import { session } from 'electron';

// Chromium's verification codes: 0 trusts, -2 refuses, -3 keeps Chromium's own verdict.
const TRUST = 0;
const REFUSE = -2;
const CHROMIUM_DECIDES = -3;

/**
 * Terminal mode over the venue network: the hub's certificate is self-signed, so instead of a browser warning the
 * shell trusts exactly the certificate whose fingerprint came with the pairing, and refuses any other for that host.
 */
export function pinHubCertificate(hubUrl: string, fingerprint: string): void {
  const host = new URL(hubUrl).hostname.replace(/^\[(.*)\]$/, '$1');
  session.defaultSession.setCertificateVerifyProc((request, callback) => {
    if (request.hostname !== host) return callback(CHROMIUM_DECIDES);
    callback(fingerprintOf(request.certificate.data) === fingerprint ? TRUST : REFUSE);
  });
}

function fingerprintOf(pem: string): string | null {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return null;
  }
}
