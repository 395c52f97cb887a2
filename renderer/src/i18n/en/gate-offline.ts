import type { Messages } from '../zh-CN';

/** gateOffline: a gate device that judges from its own cache while the core is out of reach, English. */
export const gateOffline: Pick<Messages, 'gateOffline'> = {
  gateOffline: {
    online: 'Online',
    offline: 'Offline since {{time}}',
    waiting: '{{count}} waiting to upload',
    uploaded: 'All uploaded',
    cache: 'Cache {{count}} tickets · {{age}}',
    cacheNone: 'No ticket cache on this device yet',
    ageNow: 'just updated',
    ageSeconds: 'updated {{count}} s ago',
    ageMinutes: 'updated {{count}} min ago',
    banner: 'No link to the box-office core (since {{time}}): judging offline from this device’s cache with the same rules; uploads resume by themselves. {{count}} waiting.',
    bannerNoCache: 'No link to the box-office core (since {{time}}) and no ticket cache on this device: tickets cannot be checked, do not admit.',
    verdictMark: 'Judged offline',
    unknownOffline: 'This ticket is not in the device cache: not for this gate’s sessions, or sold after the link dropped. Send the holder to another gate or the box office.',
    conflicts: {
      title: 'Entries to look into',
      double_entry: 'Double entry: {{seat}} (code {{code}}), admitted at {{firstGate}} {{firstTime}} and again at {{secondGate}} {{secondTime}}',
      refunded_admitted: 'Admitted after refund: {{seat}} (code {{code}}), refunded {{refundTime}}, admitted offline at {{secondGate}} {{secondTime}}',
    },
  },
};
