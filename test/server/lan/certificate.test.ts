import { test } from 'node:test';
import assert from 'node:assert/strict';
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateFilesFor, loadOrCreateCertificate } from '../../../electron/server/lan/certificate';

const withDir = async (work: (dbFile: string) => Promise<void>) => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-lan-cert-'));
  try {
    await work(join(dir, 'boxoffice.db'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

test('made on first use beside the database, 0600, naming the LAN addresses and names, its fingerprint that of the file', () =>
  withDir(async (dbFile) => {
    const made = await loadOrCreateCertificate(dbFile, { ips: ['10.213.7.1'], names: ['localhost', 'box.venue.test'] });
    assert.equal(made.created, true);
    const files = certificateFilesFor(dbFile);
    for (const file of [files.cert, files.key]) assert.equal(statSync(file).mode & 0o777, 0o600, file);
    const parsed = new X509Certificate(made.certPem);
    assert.equal(made.fingerprint, parsed.fingerprint256);
    assert.match(made.fingerprint, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    for (const name of ['IP Address:10.213.7.1', 'IP Address:127.0.0.1', 'DNS:box.venue.test']) assert.ok(parsed.subjectAltName?.includes(name), name);
    assert.ok(parsed.checkPrivateKey(createPrivateKey(made.keyPem)));
    assert.ok(parsed.verify(createPublicKey(made.certPem)), 'self-signed');
    assert.ok(Date.parse(parsed.validTo) > Date.now() + 700 * 86_400_000);
  }));

test('kept across restarts: devices pinned its fingerprint', () =>
  withDir(async (dbFile) => {
    const first = await loadOrCreateCertificate(dbFile, { ips: [], names: ['localhost'] });
    const second = await loadOrCreateCertificate(dbFile, { ips: ['10.0.0.9'], names: ['other'] });
    assert.equal(second.created, false);
    assert.equal(second.fingerprint, first.fingerprint);
  }));

test('made anew once expired', () =>
  withDir(async (dbFile) => {
    const first = await loadOrCreateCertificate(dbFile, { ips: [], names: ['localhost'] }, Date.now() - 900 * 86_400_000);
    const second = await loadOrCreateCertificate(dbFile, { ips: [], names: ['localhost'] });
    assert.equal(second.created, true);
    assert.notEqual(second.fingerprint, first.fingerprint);
  }));

test('a TLS key other users can read is refused, in words', () =>
  withDir(async (dbFile) => {
    await loadOrCreateCertificate(dbFile, { ips: [], names: ['localhost'] });
    chmodSync(certificateFilesFor(dbFile).key, 0o644);
    await assert.rejects(loadOrCreateCertificate(dbFile, { ips: [], names: ['localhost'] }), /readable by other users.*chmod 600/);
  }));
