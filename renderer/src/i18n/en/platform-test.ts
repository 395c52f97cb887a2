import type { Messages } from '../zh-CN';

/** The platform connection test's step lines, by the reason code the core gives. */
export const platformTest: Pick<Messages, 'platformTest'> = {
  platformTest: {
    reasons: {
      token_ok: 'The platform accepted the appId and secret and gave a token.',
      types_ok: 'The platform lists {{count}} performance types.',
      credentials_refused: 'The platform refused the appId or secret (code {{platformCode}}). Check them with the platform’s operator.',
      token_expired: 'The platform did not accept a fresh token (code {{platformCode}}). Try again later.',
      permanent: 'The platform refused the request (code {{platformCode}}). Is {{url}} the platform’s address?',
      refused_locally: 'Not sent: the request did not meet the interface.',
      tls: 'The platform’s certificate could not be verified. Check the address, this computer’s date and time, and any network filter.',
      timeout: 'The platform did not answer in time. Check the internet connection.',
      connection: 'Could not connect to {{url}}. Check the address and the internet connection.',
      busy: 'The platform is busy ({{platformCode}}): try again in a few minutes.',
      platform_error: 'The platform answered with an error ({{platformCode}}). Try again later.',
    },
    platformSaid: 'The platform said: {{detail}}',
  },
};
