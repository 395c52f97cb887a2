import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { findSystemChromium } from '../../electron/cli/find-chromium';

const withDirs = (work: (a: string, b: string) => void) => {
  const root = mkdtempSync(join(tmpdir(), 'bo-lan-browser-'));
  try {
    work(mkdtempSync(join(root, 'a-')), mkdtempSync(join(root, 'b-')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
};
const executable = (path: string, mode = 0o755) => {
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
};

test('CHROMIUM_PATH wins when it is an executable, and is not second-guessed when it is not', () =>
  withDirs((a, b) => {
    const chosen = executable(join(a, 'my-chrome'));
    executable(join(b, 'chromium'));
    assert.equal(findSystemChromium({ CHROMIUM_PATH: chosen, PATH: b }, 'linux'), chosen);
    assert.equal(findSystemChromium({ CHROMIUM_PATH: join(a, 'missing'), PATH: b }, 'linux'), null);
  }));

test('else the first chromium or google-chrome on the PATH; files that cannot run are passed over', () =>
  withDirs((a, b) => {
    executable(join(a, 'chromium'), 0o644);
    const chrome = executable(join(b, 'google-chrome'));
    assert.equal(findSystemChromium({ PATH: [a, b].join(delimiter) }, 'linux'), chrome);
    assert.equal(findSystemChromium({ PATH: a }, 'linux'), null);
  }));
