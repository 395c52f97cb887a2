// Run inside a network namespace by namespace.test.ts: a device with its own LAN address asks the core what the test
// says and prints one JSON line per answer. Not a test file itself (no .test.ts): it needs the namespace around it.
import { readFileSync } from 'node:fs';
import { LanDevice } from '../../helpers/lan-device';

interface Step {
  call?: string;
  body?: unknown;
  get?: string;
  scheme?: 'http' | 'https';
}

const [address = '', port = '0', certFile = '', stepsJson = '[]'] = process.argv.slice(2);
const device = new LanDevice({ connectTo: address, port: Number(port), hostName: address, certPem: readFileSync(certFile, 'utf8') });
for (const step of JSON.parse(stepsJson) as Step[]) {
  const answer = step.call ? await device.call(step.call, step.body ?? {}) : await device.get(step.get ?? '/', step.scheme ?? 'https');
  console.log(JSON.stringify({ status: answer.status, json: answer.json, page: answer.json === null ? answer.text.slice(0, 400) : '' }));
}
