import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeFingerprint } from '../../electron/shell/fingerprint';
import { pairingLink, readPairingLink } from '../../electron/server/contract/devices';

const FP = 'C1:84:68:04:EF:90:D0:33:5D:B3:45:BA:04:C6:02:60:CB:BA:9F:36:90:A8:FA:34:29:95:6C:F8:86:DB:66:DA';

test('a fingerprint typed in any case, with or without colons, is the one the core prints; anything else is none', () => {
  assert.equal(normalizeFingerprint(FP.toLowerCase().replace(/:/g, '')), FP);
  assert.equal(normalizeFingerprint(FP), FP);
  assert.equal(normalizeFingerprint(FP.slice(3)), null);
  assert.equal(normalizeFingerprint(null), null);
});

test('the pairing link carries the code and the fingerprint the terminal pins, in its fragment', () => {
  const link = pairingLink('https://10.0.0.5:7700/', 'ABCD-EF12', FP);
  assert.match(link, /^https:\/\/10\.0\.0\.5:7700\/#pair=ABCD-EF12&fp=/);
  assert.deepEqual(readPairingLink(new URL(link).hash), { code: 'ABCD-EF12', fingerprint: FP });
  assert.equal(normalizeFingerprint(readPairingLink(new URL(link).hash).fingerprint), FP);
});
