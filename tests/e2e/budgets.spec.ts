import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

/**
 * Gzipped sizes: what every AliExpress page load and every worker start parses.
 *
 * TARGET is the team's budget (DEVELOPERS.md: content script 30 KB, background 30 KB, popup 40 KB).
 * The content scripts and the background do NOT meet it yet (see README, "Size budgets"): with
 * zod + webextension-polyfill (fixed choices), eight-language event classification and the full
 * rule set, the background measures ~54 KB and each content script ~41 KB. Until that is solved,
 * CEILING stops any further growth: a change that adds weight must take as much out elsewhere.
 * Lower a ceiling whenever a change makes room; never raise one without saying why in the commit.
 */
const KB = 1024;
const TARGET = { content: 30 * KB, background: 30 * KB, popup: 40 * KB };
const CEILING = { content: 43 * KB, background: 56 * KB, popup: 40 * KB };

function report(name: string, size: number, target: number): void {
  test.info().annotations.push({ type: 'size', description: `${name}: ${(size / KB).toFixed(1)} KB gzipped (target ${target / KB} KB${size > target ? ', OVER' : ''})` });
  console.log(`size ${name}: ${(size / KB).toFixed(1)} KB gzipped, target ${target / KB} KB${size > target ? ' (over target)' : ''}`);
}

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

test('each content script within its size ceiling', () => {
  const scripts = contentScripts();
  expect(scripts.length, 'no content script in the build').toBeGreaterThan(0);
  // Every content script the manifest declares is measured here.
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const declared = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  expect(declared.length).toBeGreaterThan(0);
  for (const js of declared) expect(scripts.flatMap((s) => s.files)).toContain(js);
  for (const { name, files } of scripts) {
    const size = gzipped(files);
    report(`content script ${name}`, size, TARGET.content);
    expect.soft(size, `${name} (${files.join(' + ')})`).toBeLessThanOrEqual(CEILING.content);
  }
});

test('background within its size ceiling', () => {
  const size = gzipped(['background.js']);
  report('background', size, TARGET.background);
  expect(size).toBeLessThanOrEqual(CEILING.background);
});

test('popup within its 40 KB budget', () => {
  const files = popupFiles();
  expect(files.length).toBeGreaterThan(0);
  const size = gzipped(files);
  report('popup', size, TARGET.popup);
  expect(size).toBeLessThanOrEqual(CEILING.popup);
});
