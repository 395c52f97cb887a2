// `npm run bench`: runs every benchmark (test/bench/*.bench.ts, or those named on the command line),
// each printing its own figures beside a baseline measured in the same run. The last line printed
// is one JSON object holding every benchmark's figures, for machines to read.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Figures = Record<string, number | string | boolean>;

/** A benchmark module's default export. */
export type Benchmark = () => Promise<Figures>;

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.includes(name)))
  .sort();

const all: Record<string, Figures> = {};
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  console.log(`\n== ${name} ==`);
  const module = (await import(new URL(file, import.meta.url).href)) as { default: Benchmark };
  all[name] = await module.default();
}
console.log(JSON.stringify(all));
