import { create } from 'zustand';
import { call } from '../api/client';
import type { DeviceView, PairingCodeView, VenueNetworkView } from '../../../electron/server/contract';

export type NewPairing = { kind: 'gate'; gateName: string; deviceName: string } | { kind: 'window'; deviceName: string };

interface DevicesState {
  network: VenueNetworkView | null;
  devices: DeviceView[];
  /** The code last created here, shown with its QR code until it expires. */
  pairing: PairingCodeView | null;
  load: () => Promise<void>;
  createCode: (input: NewPairing) => Promise<void>;
  revoke: (deviceId: string) => Promise<DeviceView>;
}

export const useDevicesStore = create<DevicesState>((set, get) => ({
  network: null,
  devices: [],
  pairing: null,
  async load() {
    const { network, devices } = await call('devices.list', {});
    set({ network, devices });
  },
  async createCode(input) {
    set({ pairing: await call('devices.createPairingCode', input) });
  },
  async revoke(deviceId) {
    const device = await call('devices.revoke', { deviceId });
    await get().load();
    return device;
  },
}));
