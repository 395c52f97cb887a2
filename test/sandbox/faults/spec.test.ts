import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FaultController } from '../../../electron/sandbox/faults/controller';
import { FaultSpecError, formatFaultSpec, parseFaultSpec } from '../../../electron/sandbox/faults/spec';

const NOW = Date.parse('2026-11-28T18:00:00+08:00');

test('the example spec of the issue reads as written', () => {
  const spec = parseFaultSpec('5000=0.1,5100=0.05,502=0.05,503=0.05,slow=0.1:2000,hang=0.02,reset=0.03,expire-every=50,outage=2026-11-28T20:00/20:30', NOW);
  assert.deepEqual(spec.rates, { '5000': 0.1, '5100': 0.05, '502': 0.05, '503': 0.05, hang: 0.02, reset: 0.03 });
  assert.deepEqual(spec.slow, { rate: 0.1, ms: 2000 });
  assert.equal(spec.expireEvery, 50);
  assert.deepEqual(spec.outages, [{ start: Date.parse('2026-11-28T20:00:00+08:00'), end: Date.parse('2026-11-28T20:30:00+08:00') }]);
});

test('percentages, units, relative and zoned times, latency and seed', () => {
  const spec = parseFaultSpec('lost=5%, latency=20ms, slow=10%:2s, seed=42, outage=+1m/+30s, outage=2026-11-29T01:00Z/2026-11-29T02:00Z, garbage=0', NOW);
  assert.equal(spec.rates.lost, 0.05);
  assert.equal(spec.latencyMs, 20);
  assert.deepEqual(spec.slow, { rate: 0.1, ms: 2000 });
  assert.equal(spec.seed, 42);
  assert.deepEqual(spec.outages[0], { start: NOW + 60_000, end: NOW + 90_000 });
  assert.deepEqual(spec.outages[1], { start: Date.parse('2026-11-29T01:00:00Z'), end: Date.parse('2026-11-29T02:00:00Z') });
  assert.equal(formatFaultSpec(parseFaultSpec('', NOW)), 'none');
  assert.equal(formatFaultSpec(parseFaultSpec('none', NOW)), 'none');
});

test('written back in the same grammar', () => {
  const text = '5000=0.1,reset=0.03,slow=0.1:2000,latency=20,expire-every=50,outage=2026-11-28T20:00:00/2026-11-28T20:30:00,seed=7';
  assert.equal(formatFaultSpec(parseFaultSpec(text, NOW)), text);
});

test('mistakes are named', () => {
  const cases: [string, RegExp][] = [
    ['5000', /"5000": expected KEY=VALUE/],
    ['teapot=0.1', /unknown fault "teapot"/],
    ['5000=1.5', /not a share between 0 and 1/],
    ['slow=0.1', /expected slow=SHARE:MS/],
    ['latency=fast', /not a duration/],
    ['outage=2026-11-28T20:00/19:00', /ends before it starts/],
    ['outage=tonight/+1h', /not yyyy-MM-ddTHH:mm/],
    ['5000=0.6,502=0.6', /add up to 1.200, more than 1/],
  ];
  for (const [text, message] of cases) assert.throws(() => parseFaultSpec(text, NOW), (e: unknown) => e instanceof FaultSpecError && message.test(e.message), text);
});

test('the controller draws faults in the given shares, repeatably with a seed', () => {
  const draws = (spec: string): string[] => {
    const controller = new FaultController(spec, () => NOW);
    return Array.from({ length: 2000 }, () => controller.decide().fault ?? 'none');
  };
  const first = draws('5000=0.25,reset=0.25,seed=3');
  assert.deepEqual(first, draws('5000=0.25,reset=0.25,seed=3'));
  const share = (kind: string): number => first.filter((f) => f === kind).length / first.length;
  assert.ok(Math.abs(share('5000') - 0.25) < 0.05);
  assert.ok(Math.abs(share('reset') - 0.25) < 0.05);
  assert.ok(Math.abs(share('none') - 0.5) < 0.05);
});

test('outage windows, latency and expire-every', () => {
  let now = NOW;
  const controller = new FaultController('outage=+10s/+20s,latency=20,expire-every=3', () => now);
  assert.equal(controller.decide().outageEnd, null);
  assert.equal(controller.decide().delayMs, 20);
  now += 15_000;
  assert.equal(controller.decide().outageEnd, NOW + 30_000);
  assert.deepEqual([1, 2, 3, 4, 5, 6].map(() => controller.countAuthenticatedCall()), [false, false, true, false, false, true]);
});

test('merge changes only what it names; setLatency and clear', () => {
  const controller = new FaultController('5000=0.1,latency=5', () => NOW);
  controller.merge('reset=0.2');
  assert.equal(controller.describe(), '5000=0.1,reset=0.2,latency=5');
  controller.setLatency(20);
  assert.equal(controller.spec.latencyMs, 20);
  controller.clear();
  assert.equal(controller.describe(), 'none');
});
