/** How the core is reachable on the venue network; shown in Manage → 设备 and put in pairing QR codes. */
export interface VenueNetwork {
  /** Whether devices other than the core's own PC are served (HTTPS with the core's certificate). */
  https: boolean;
  /** SHA-256 of the core's certificate (colon-separated hex); null when only loopback is served. */
  fingerprint: string | null;
  /** Every HTTPS address a device can open; filled once the core listens (the port may be chosen then). */
  urls: string[];
}

export const LOOPBACK_ONLY: VenueNetwork = { https: false, fingerprint: null, urls: [] };
