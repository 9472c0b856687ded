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

/**
 * Each content script with its stylesheet (`cssInjectionMode: 'ui'` emits content-scripts/<name>.css,
 * fetched into every ParcelLens shadow root): what one AliExpress page loads. Source maps are not shipped.
 */
function contentScripts(): { name: string; files: string[] }[] {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const present = new Set(readdirSync(dir));
  return [...present]
    .filter((f) => f.endsWith('.js'))
    .map((js) => {
      const css = js.replace(/\.js$/, '.css');
      return { name: js.replace(/\.js$/, ''), files: [js, ...(present.has(css) ? [css] : [])].map((f) => join('content-scripts', f)) };
    });
}

test('each content script ≤ 30 KB gzipped', () => {
  const scripts = contentScripts();
  expect(scripts.length, 'no content script in the build').toBeGreaterThan(0);
  // Every content script the manifest declares is measured here.
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const declared = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  expect(declared.length).toBeGreaterThan(0);
  for (const js of declared) expect(scripts.flatMap((s) => s.files)).toContain(js);
  for (const { name, files } of scripts) expect.soft(gzipped(files), `${name} (${files.join(' + ')})`).toBeLessThanOrEqual(30 * KB);
});

test('background ≤ 30 KB gzipped', () => {
  expect(gzipped(['background.js'])).toBeLessThanOrEqual(30 * KB);
});

test('popup ≤ 40 KB gzipped', () => {
  const files = popupFiles();
  expect(files.length).toBeGreaterThan(0);
  expect(gzipped(files)).toBeLessThanOrEqual(40 * KB);
});
