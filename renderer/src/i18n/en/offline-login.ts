import type { Messages } from '../zh-CN';

/** offlineLogin: a gate device restarted while the core is out of reach, English. */
export const offlineLogin: Pick<Messages, 'offlineLogin'> = {
  offlineLogin: {
    title: 'Offline gate login',
    explain: 'The box-office core cannot be reached. A gate user who logged in online on this device within the last 24 hours may log in offline with the same PIN, to check tickets only; log in again once the link is back, to upload the offline scans.',
    submit: 'Log in offline',
    retryCore: 'Connect to the core again',
    refused_one: 'Wrong user name or PIN, or this user has not logged in online on this device. {{count}} try left.',
    refused_other: 'Wrong user name or PIN, or this user has not logged in online on this device. {{count}} tries left.',
    wait: 'Too many wrong tries: try again after {{time}}.',
  },
};
