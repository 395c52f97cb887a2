import { toWireDateTime } from '../../reporter/wire/datetime';
import { CHINA_OFFSET_MS } from '../../china-time';

/** Faults that replace the platform's answer; at most one hits a request. */
export const EXCLUSIVE_FAULTS = ['5000', '5100', '500', '502', '503', '504', 'hang', 'reset', 'lost', 'garbage'] as const;
export type ExclusiveFault = (typeof EXCLUSIVE_FAULTS)[number];

/** A window during which every platform call gets HTTP 503. */
export interface Outage {
  start: number;
  end: number;
}

/** What the sandbox does wrong, and how often. */
export interface FaultSpec {
  /** Share (0..1) of requests hit by each exclusive fault; their sum is at most 1. */
  rates: Partial<Record<ExclusiveFault, number>>;
  /** Share of requests answered late, and how late. */
  slow: { rate: number; ms: number };
  /** Added to every platform call. */
  latencyMs: number;
  /** Every N-th authenticated call finds all tokens expired (0 = never). */
  expireEvery: number;
  outages: Outage[];
  /** Makes the random draws repeatable. */
  seed: number | null;
}

export const NO_FAULTS: FaultSpec = { rates: {}, slow: { rate: 0, ms: 0 }, latencyMs: 0, expireEvery: 0, outages: [], seed: null };

/** The grammar, for `--help` and the admin page. */
export const FAULT_GRAMMAR = `A fault spec is a comma-separated list (no spaces needed); "none" or "" means no faults.
  5000=P  5100=P          answer with that platform code (HTTP 200), request not applied
  500=P 502=P 503=P 504=P answer with that HTTP status and an HTML body, not applied
  hang=P                  never answer (the client must time out), not applied
  reset=P                 drop the connection without an answer, not applied
  lost=P                  apply the request, then drop the connection (answer lost)
  garbage=P               answer HTTP 200 with a truncated, unparsable body, not applied
  slow=P:MS               answer P of requests MS milliseconds late (applied after the delay)
  latency=MS              add MS milliseconds to every call
  expire-every=N          every N-th authenticated call finds all tokens expired (4200)
  outage=FROM/TO          HTTP 503 for every call inside the window (repeatable)
  seed=N                  repeatable random draws
P is a share 0..1 (0.05) or a percentage (5%); the exclusive shares add up to at most 1.
MS is milliseconds, or a duration with a unit: 250ms, 2s, 1m.
FROM is yyyy-MM-ddTHH:mm[:ss] in China time (UTC+8) unless it ends in Z or ±hh:mm, or "now",
or +DURATION from now; TO is the same, or HH:mm[:ss] on FROM's day, or +DURATION after FROM.
Example: 5000=0.1,5100=0.05,502=0.05,503=0.05,slow=0.1:2000,hang=0.02,reset=0.03,expire-every=50,outage=2026-11-28T20:00/20:30`;

/** A spec that cannot be read; the message names the item. */
export class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

/** Reads a fault spec (see FAULT_GRAMMAR); relative times count from `now`. */
export function parseFaultSpec(text: string, now: number = Date.now()): FaultSpec {
  const spec: FaultSpec = { ...NO_FAULTS, rates: {}, slow: { ...NO_FAULTS.slow }, outages: [] };
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'none') return spec;
  for (const item of trimmed.split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = item.indexOf('=');
    if (eq < 0) throw new FaultSpecError(`"${item}": expected KEY=VALUE`);
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    try {
      applyItem(spec, key, value, now);
    } catch (error) {
      throw new FaultSpecError(`"${item}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  checkTotal(spec);
  return spec;
}

function applyItem(spec: FaultSpec, key: string, value: string, now: number): void {
  if ((EXCLUSIVE_FAULTS as readonly string[]).includes(key)) {
    spec.rates[key as ExclusiveFault] = share(value);
    return;
  }
  switch (key) {
    case 'slow': {
      const [rate, ms] = value.split(':');
      if (rate === undefined || ms === undefined) throw new Error('expected slow=SHARE:MS');
      spec.slow = { rate: share(rate), ms: duration(ms) };
      return;
    }
    case 'latency':
      spec.latencyMs = duration(value);
      return;
    case 'expire-every':
      spec.expireEvery = whole(value);
      return;
    case 'seed':
      spec.seed = whole(value);
      return;
    case 'outage':
      spec.outages.push(outage(value, now));
      return;
    default:
      throw new Error(`unknown fault "${key}" (known: ${[...EXCLUSIVE_FAULTS, 'slow', 'latency', 'expire-every', 'outage', 'seed'].join(', ')})`);
  }
}

/** Throws when the exclusive shares add up to more than 1. */
export function checkTotal(spec: FaultSpec): void {
  const total = Object.values(spec.rates).reduce((sum, rate) => sum + rate, 0);
  if (total > 1 + 1e-9) throw new FaultSpecError(`the exclusive fault shares add up to ${total.toFixed(3)}, more than 1`);
}

function share(text: string): number {
  const percent = text.endsWith('%');
  const n = Number(percent ? text.slice(0, -1) : text);
  const value = percent ? n / 100 : n;
  if (text === '' || !Number.isFinite(value) || value < 0 || value > 1) throw new Error(`"${text}" is not a share between 0 and 1 (or 0%..100%)`);
  return value;
}

function whole(text: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`"${text}" is not a whole number`);
  return Number(text);
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function duration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a duration (e.g. 2000, 250ms, 2s, 5m)`);
  return Math.round(Number(match[1]) * (UNITS[match[2] ?? 'ms'] ?? 1));
}

function instant(text: string, now: number): number {
  if (text === 'now') return now;
  if (text.startsWith('+')) return now + duration(text.slice(1));
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(text)) {
    throw new Error(`"${text}" is not yyyy-MM-ddTHH:mm[:ss][Z|±hh:mm], now, or +DURATION`);
  }
  // Without a zone, the time is China's.
  const ms = /(Z|[+-]\d{2}:\d{2})$/.test(text) ? Date.parse(text) : Date.parse(`${text}Z`) - CHINA_OFFSET_MS;
  if (Number.isNaN(ms)) throw new Error(`"${text}" is not a real time`);
  return ms;
}

function outage(value: string, now: number): Outage {
  const [from, to] = value.split('/');
  if (from === undefined || to === undefined) throw new Error('expected outage=FROM/TO');
  const start = instant(from, now);
  let end: number;
  if (to.startsWith('+')) end = start + duration(to.slice(1));
  else if (/^\d{2}:\d{2}(:\d{2})?$/.test(to)) end = instant(`${toWireDateTime(start).slice(0, 10)}T${to}`, now);
  else end = instant(to, now);
  if (end <= start) throw new Error('the outage ends before it starts');
  return { start, end };
}

/** The spec written back in the grammar (times in UTC+8), e.g. for the inspection page. */
export function formatFaultSpec(spec: FaultSpec): string {
  const items: string[] = [];
  for (const fault of EXCLUSIVE_FAULTS) {
    const rate = spec.rates[fault];
    if (rate) items.push(`${fault}=${rate}`);
  }
  if (spec.slow.rate > 0) items.push(`slow=${spec.slow.rate}:${spec.slow.ms}`);
  if (spec.latencyMs > 0) items.push(`latency=${spec.latencyMs}`);
  if (spec.expireEvery > 0) items.push(`expire-every=${spec.expireEvery}`);
  for (const o of spec.outages) {
    const t = (ms: number): string => toWireDateTime(ms).replace(' ', 'T');
    items.push(`outage=${t(o.start)}/${t(o.end)}`);
  }
  if (spec.seed !== null) items.push(`seed=${spec.seed}`);
  return items.length ? items.join(',') : 'none';
}
