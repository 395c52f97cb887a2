import { webcrypto, X509Certificate } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import * as x509 from '@peculiar/x509';

/** The core's own TLS identity on the venue network; devices pin `fingerprint` when paired. */
export interface CoreCertificate {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the certificate, colon-separated hex: what browsers and `openssl x509 -fingerprint -sha256` show. */
  fingerprint: string;
  /** IP addresses and DNS names the certificate names. */
  subjectAltName: string;
}

// Shorter than the 825 days Apple's devices accept for a certificate they are told to trust.
const VALID_DAYS = 800;
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

/** Beside the database, like its key file: `<db>.tls.crt` and `<db>.tls.key`. */
export function certificateFilesFor(dbFile: string): { cert: string; key: string } {
  return { cert: `${dbFile}.tls.crt`, key: `${dbFile}.tls.key` };
}

/**
 * The certificate beside the database, made on first use (self-signed, P-256, naming `ips` and `names`) and
 * kept: devices pinned its fingerprint when paired, so it is replaced only when it has expired or is unreadable.
 */
export async function loadOrCreateCertificate(dbFile: string, subject: { ips: readonly string[]; names: readonly string[] }, now = Date.now()): Promise<CoreCertificate & { created: boolean }> {
  const files = certificateFilesFor(dbFile);
  const existing = readCertificate(files);
  if (existing && Date.parse(new X509Certificate(existing.certPem).validTo) > now) return { ...existing, created: false };
  const made = await makeCertificate(subject, now);
  writePrivate(files.key, made.keyPem);
  writePrivate(files.cert, made.certPem);
  return { ...describe(made.certPem, made.keyPem), created: true };
}

function readCertificate(files: { cert: string; key: string }): CoreCertificate | null {
  let certPem: string;
  let keyPem: string;
  try {
    certPem = readFileSync(files.cert, 'utf8');
    keyPem = readFileSync(files.key, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
  refuseLooseMode(files.key);
  try {
    return describe(certPem, keyPem);
  } catch {
    return null; // damaged: made anew below
  }
}

function describe(certPem: string, keyPem: string): CoreCertificate {
  const parsed = new X509Certificate(certPem);
  return { certPem, keyPem, fingerprint: parsed.fingerprint256, subjectAltName: parsed.subjectAltName ?? '' };
}

async function makeCertificate(subject: { ips: readonly string[]; names: readonly string[] }, now: number): Promise<{ certPem: string; keyPem: string }> {
  x509.cryptoProvider.set(webcrypto);
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const ips = [...new Set(['127.0.0.1', '::1', ...subject.ips])];
  const serial = Buffer.from(webcrypto.getRandomValues(new Uint8Array(16)));
  serial[0] = (serial[0] ?? 0) & 0x7f; // a positive serial number
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial.toString('hex'),
    name: 'CN=boxoffice core, O=boxoffice',
    notBefore: new Date(now - 60 * 60 * 1000), // a device whose clock is a little behind still accepts it
    notAfter: new Date(now + VALID_DAYS * 24 * 60 * 60 * 1000),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([...ips.map((value) => ({ type: 'ip' as const, value })), ...subject.names.map((value) => ({ type: 'dns' as const, value }))]),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)).toString('base64');
  const keyPem = `-----BEGIN PRIVATE KEY-----\n${(pkcs8.match(/.{1,64}/g) ?? []).join('\n')}\n-----END PRIVATE KEY-----\n`;
  return { certPem: cert.toString('pem'), keyPem };
}

/** Written with mode 0600 from the first byte (never a window where another user could read the key). */
function writePrivate(path: string, text: string): void {
  const fd = openSync(path, 'w', 0o600);
  try {
    writeSync(fd, text);
    if (process.platform !== 'win32' && (fstatSync(fd).mode & 0o077) !== 0) throw new Error(`could not restrict ${path} to its owner`);
  } finally {
    closeSync(fd);
  }
}

function refuseLooseMode(path: string): void {
  if (process.platform === 'win32') return;
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new Error(`the TLS key ${path} is readable by other users (mode ${mode.toString(8).padStart(4, '0')}); restrict it with "chmod 600 ${path}"`);
  }
}
