import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import QRCode from 'qrcode';
import { openDatabase } from '../../db/open';
import { helpFlag, intFlag, parseFlags, requireFlag, UsageError, type Command } from './command';
import { createPairingCode } from '../server/lan/devices';
import { httpsUrl, lanAddresses, lanNames } from '../server/lan/addresses';
import { loadOrCreateCertificate } from '../server/lan/certificate';
import { pairingLink, deviceSchemas } from '../server/contract/devices';
import { SYSTEM_ACTOR } from '../server/auth/actor';

export const pairCommand: Command = {
  name: 'pair',
  summary: 'print a one-time code (and its QR) that pairs a gate tablet or window PC',
  usage: `Usage: boxoffice pair --db FILE --role gate|window [--gate NAME] [--name NAME] [--port N]

Prints a pairing code for one device on the venue network, valid once for 10 minutes, and a QR
code holding the core's HTTPS address, the code and the certificate fingerprint. Scan it on the
device (or open the address and type the code). Managers can do the same in Manage → 设备.

  --db FILE        the database (required)
  --role ROLE      gate (a gate tablet or phone) or window (a window PC)
  --gate NAME      the gate a gate device checks tickets in at (required for --role gate)
  --name NAME      the device's name in the device list (default: the gate, or "售票窗口")
  --port N         the port the core serves (default 7700), for the address in the QR code`,
  async run(argv) {
    const { values } = parseFlags({
      args: argv,
      options: { db: { type: 'string' }, role: { type: 'string' }, gate: { type: 'string' }, name: { type: 'string' }, port: { type: 'string' }, ...helpFlag },
      strict: true,
      allowPositionals: false,
    });
    const dbFile = resolve(requireFlag(values.db, '--db'));
    const kind = deviceSchemas.kind.safeParse(values.role);
    if (!kind.success) throw new UsageError('--role must be gate or window');
    if (kind.data === 'gate' && !values.gate) throw new UsageError('--gate NAME is required for a gate device');
    if (kind.data === 'window' && values.gate) throw new UsageError('--gate is only for --role gate');
    const gateName = kind.data === 'gate' ? deviceSchemas.gateName.safeParse(values.gate) : null;
    if (gateName && !gateName.success) throw new UsageError('--gate must be 1 to 20 characters');
    const deviceName = deviceSchemas.deviceName.safeParse(values.name ?? (gateName?.data ? `${gateName.data}检票` : '售票窗口'));
    if (!deviceName.success) throw new UsageError('--name must be 1 to 40 characters');
    const port = intFlag(values.port, '--port', 1, 65535) ?? 7700;
    if (!existsSync(dbFile)) throw new Error(`no database at ${dbFile}`);

    const certificate = await loadOrCreateCertificate(dbFile, { ips: lanAddresses('0.0.0.0'), names: lanNames([]) });
    const { db } = openDatabase(dbFile);
    try {
      const { code, expiresAt } = createPairingCode(db, { kind: kind.data, gateName: gateName?.data ?? null, deviceName: deviceName.data }, { ...SYSTEM_ACTOR, username: 'cli' }, Date.now());
      const urls = lanAddresses('0.0.0.0').map((address) => httpsUrl(address, port));
      const link = pairingLink(urls[0] ?? httpsUrl('127.0.0.1', port), code, certificate.fingerprint);
      console.log(await QRCode.toString(link, { type: 'terminal', small: true, errorCorrectionLevel: 'M' }));
      console.log(`pairing code: ${code}  (${kind.data}${gateName?.data ? `, gate ${gateName.data}` : ''}, "${deviceName.data}"; valid once until ${new Date(expiresAt).toLocaleTimeString()})`);
      console.log(`open on the device: ${urls.length > 0 ? urls.join('  ') : '(no LAN address found on this PC)'}`);
      console.log(`certificate SHA-256 fingerprint: ${certificate.fingerprint}`);
      return 0;
    } finally {
      db.close();
    }
  },
};
