// CPU time rather than wall time: on a shared machine wall time measures the others.
import { loadavg } from 'node:os';

/** CPU microseconds of the whole process (every thread, the background checkpointer's included) per call of `once`, `count` calls. */
export function cpuMicros(count: number, once: () => void): number {
  const start = process.cpuUsage();
  for (let i = 0; i < count; i++) once();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
}

/** Prints the load average beside the figures (what else ran meanwhile) and adds it to them. */
export function withLoadAverage<F extends Record<string, number | string | boolean>>(figures: F): F & { loadAverage: number } {
  console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  return { ...figures, loadAverage: Number((loadavg()[0] ?? 0).toFixed(2)) };
}
