import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { person, refusal, residentId } from '../helpers/sales';
import { idDocumentHash, maskedPerson, revealPerson, storePerson } from '../../../electron/boxoffice/personal-data/persons';
import { inTransaction } from '../../../electron/boxoffice/service';
import { queryAudit } from '../../../db/audit';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { revealPersonInput } from '../../../electron/boxoffice/personal-data/schemas';

test('a person is stored encrypted, shown masked, and revealed with the reason audited', () => {
  const world = testWorld();
  const id = residentId('19900307', '123');
  const stored = inTransaction(world.clerk, () => storePerson(world.clerk, { ...person('诸葛孔明', id), phone: '+86 138-1234-5678' }));
  assert.equal(stored.idHmac, idDocumentHash(world.cipher, 'resident_id', id.toLowerCase()), 'the same document hashes the same however it is typed');
  assert.deepEqual(maskedPerson(world.clerk, stored.personId), { personId: stored.personId, name: '诸**明', idType: 'resident_id', idNumber: `${id.slice(0, 4)}**********${id.slice(-4)}`, phone: '138****5678' });
  assert.throws(() => revealPerson(world.manager, parseInput(revealPersonInput, { personId: stored.personId, reason: '' })), refusal('VALIDATION'));
  const revealed = revealPerson(world.manager, parseInput(revealPersonInput, { personId: stored.personId, reason: '公安协查' }));
  assert.deepEqual([revealed.name, revealed.idNumber, revealed.phone], ['诸葛孔明', id, '+8613812345678']);
  const [entry] = queryAudit(world.db, { action: 'person.reveal' });
  assert.deepEqual(entry?.detail, { reason: '公安协查' });
  assert.equal(entry.username, 'manager');
  assert.equal(maskedPerson(world.clerk, null), null);
});
