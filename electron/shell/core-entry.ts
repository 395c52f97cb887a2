// Entry of the Electron utility process: a CommonJS file (what every Electron version loads)
// that imports the ESM core bundle. process.argv carries `serve ...` through unchanged.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

void import(pathToFileURL(join(__dirname, '..', 'core', 'cli.js')).href);
