import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide, type GateTicketFacts } from '../../../electron/boxoffice/gate/rules';

const entered = { at: 1_000, gateName: '东门' };
const facts = (over: Partial<GateTicketFacts> = {}): GateTicketFacts => ({
  sessionId: 's1',
  sessionStatus: 'normal',
  lineStatus: 'active',
  large: false,
  hasHolderId: true,
  allowReentry: false,
  firstEntry: null,
  inside: null,
  entryOpensAt: 0,
  entryClosesAt: 10_000,
  gateIdCheck: true,
  oneIdPerTicket: true,
  sameIdEntry: () => entered,
  concessionAge: () => null,
  ...over,
});
const matching = { kind: 'shown' as const, matches: () => true };

test('the same document with a second ticket: refused at a large performance, whatever the gate says; a warning elsewhere, admitted when allowed', () => {
  assert.deepEqual(decide(facts({ large: true }), ['s1'], 2_000, matching, true), { verdict: 'same_id_used', sameIdEntry: entered });
  assert.deepEqual(decide(facts(), ['s1'], 2_000, matching), { verdict: 'same_id_warning', sameIdEntry: entered });
  assert.deepEqual(decide(facts(), ['s1'], 2_000, { kind: 'byId' }), { verdict: 'same_id_warning', sameIdEntry: entered });
  assert.deepEqual(decide(facts(), ['s1'], 2_000, matching, true), { verdict: 'valid', checkingType: 'id_document' });
});

test('the same-document rule asks nothing where it does not apply: per-order real name, no gate check, a re-entry of the same ticket, the ID not yet shown', () => {
  const asked: string[] = [];
  const watched = (over: Partial<GateTicketFacts>) => facts({ ...over, sameIdEntry: () => (asked.push('asked'), entered) });
  assert.equal(decide(watched({ oneIdPerTicket: false }), ['s1'], 2_000, matching).verdict, 'valid');
  assert.equal(decide(watched({ gateIdCheck: false }), ['s1'], 2_000, { kind: 'none' }).verdict, 'valid');
  assert.equal(decide(watched({ allowReentry: true, firstEntry: entered }), ['s1'], 2_000, matching).verdict, 'reentry');
  assert.equal(decide(watched({}), ['s1'], 2_000, { kind: 'none' }).verdict, 'id_required');
  assert.deepEqual(asked, []);
  assert.equal(decide(facts({ sameIdEntry: () => null }), ['s1'], 2_000, matching).verdict, 'valid');
});

test('an age concession whose shown document does not fit is refused after the document itself is checked; one that fits, or none shown, admits', () => {
  const misfit = { age: 59, fits: false };
  assert.deepEqual(decide(facts({ concessionAge: () => misfit }), ['s1'], 2_000, matching, true), { verdict: 'concession_age', concessionAge: misfit });
  assert.equal(decide(facts({ concessionAge: () => misfit }), ['s1'], 2_000, { kind: 'shown', matches: () => false }).verdict, 'id_mismatch', 'another person’s document: mismatch first');
  assert.equal(decide(facts({ concessionAge: () => ({ age: 60, fits: true }) }), ['s1'], 2_000, matching, true).verdict, 'valid');
  assert.equal(decide(facts({ concessionAge: () => null }), ['s1'], 2_000, matching, true).verdict, 'valid');
});
