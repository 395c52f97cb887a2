import type { deviceProcedures, DeviceView } from '../contract/devices';
import { listDevices, type DeviceRow } from '../../../db/devices';
import { appendAudit } from '../../../db/audit';
import { BoxOfficeError } from '../../boxoffice/errors';
import { liveDevice } from '../lan/client';
import { createPairingCode, pairDevice, revokePairedDevice } from '../lan/devices';
import type { Handlers } from './context';

const toView = (row: DeviceRow): DeviceView => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  gateName: row.gateName,
  pairedAt: row.pairedAt,
  lastAddress: row.lastAddress,
  lastSeenAt: row.lastSeenAt,
  revokedAt: row.revokedAt,
});

export const deviceHandlers: Handlers<keyof typeof deviceProcedures> = {
  'devices.self': (_input, ctx) => {
    const device = liveDevice(ctx.client);
    return { local: ctx.client.local, device: device && toView(device), revoked: ctx.client.device?.revokedAt != null, fingerprint: ctx.core.network.fingerprint };
  },

  'devices.pair': (input, ctx) => {
    const { core, client } = ctx;
    if (client.local || !client.secure) {
      appendAudit(core.db, { action: 'device.pair', outcome: 'refused', detail: { reason: client.local ? 'local' : 'plain_http' }, address: client.address });
      throw new BoxOfficeError('CONFLICT', client.local ? "This is the core's own PC: it needs no pairing." : 'Pairing needs the HTTPS address.');
    }
    const { device, token } = pairDevice(core.db, input.code, client.address, core.clock());
    ctx.setDeviceCookie(token);
    core.events.publish('devices.changed', { deviceId: device.id });
    return toView(device);
  },

  'devices.list': (_input, ctx) => ({ network: ctx.core.network, devices: listDevices(ctx.core.db).map(toView) }),

  'devices.createPairingCode': (input, ctx) => {
    const { core } = ctx;
    if (!core.network.https) throw new BoxOfficeError('NOT_ON_NETWORK', 'This core serves only its own PC: start it with --host 0.0.0.0 to pair devices on the venue network.');
    const pairing = createPairingCode(core.db, { kind: input.kind, gateName: input.kind === 'gate' ? input.gateName : null, deviceName: input.deviceName }, ctx.actor, core.clock());
    return { ...pairing, network: core.network };
  },

  'devices.revoke': (input, ctx) => {
    const device = revokePairedDevice(ctx.core.db, input.deviceId, ctx.actor, ctx.core.clock());
    ctx.core.events.disconnectDevice(device.id);
    ctx.core.events.publish('devices.changed', { deviceId: device.id });
    return toView(device);
  },
};
