import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

/** Gzipped size budgets of DEVELOPERS.md: what a user downloads and every page load parses. */
const KB = 1024;

function gzipped(files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(EXTENSION_DIR, f))).length, 0);
}

/** The popup's own script plus every chunk it imports (WXT splits shared code into chunks/). */
function popupFiles(): string[] {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = [...refs];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"|from\s*"\/(chunks\/[^"]+\.js)"/g)) {
      const dep = m[1] ? join(file, '..', m[1]) : m[2] ? join(file, '..', m[2]) : m[3]!;
      queue.push(dep);
    }
  }
  return [...seen];
}

test('content script ≤ 30 KB gzipped', () => {
  const files = readdirSync(join(EXTENSION_DIR, 'content-scripts')).map((f) => join('content-scripts', f));
  expect(gzipped(files)).toBeLessThanOrEqual(30 * KB);
});

test('background ≤ 30 KB gzipped', () => {
  expect(gzipped(['background.js'])).toBeLessThanOrEqual(30 * KB);
});

test('popup ≤ 40 KB gzipped', () => {
  const files = popupFiles();
  expect(files.length).toBeGreaterThan(0);
  expect(gzipped(files)).toBeLessThanOrEqual(40 * KB);
});
