// Which sources weigh what in the built extension (minified bytes attributed through source maps).
// Usage: PARCELLENS_SOURCEMAP=1 npx wxt build && node scripts/bundle-report.mjs [file…]
import { readFileSync, existsSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['background.js', 'content-scripts/content.js'];
for (const file of files) {
  const path = `.output/chrome-mv3/${file}`;
  if (!existsSync(`${path}.map`)) {
    console.log(`${file}: no source map (build with PARCELLENS_SOURCEMAP=1)`);
    continue;
  }
  const code = readFileSync(path, 'utf8').split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
  const bytes = new Map();
  let last = null;
  map.eachMapping((m) => {
    if (last && last.line === m.generatedLine) {
      const key = last.source ?? '(none)';
      bytes.set(key, (bytes.get(key) ?? 0) + (m.generatedColumn - last.column));
    }
    last = { line: m.generatedLine, column: m.generatedColumn, source: m.source };
  });
  const group = (s) => s.replace(/^.*node_modules\/(@[^/]+\/[^/]+|[^/]+).*$/, 'npm:$1').replace(/^.*\/src\/([^/]+)\/.*$/, 'src/$1');
  const grouped = new Map();
  for (const [s, b] of bytes) grouped.set(group(s), (grouped.get(group(s)) ?? 0) + b);
  console.log(`${file}: ${code.join('\n').length} bytes minified`);
  for (const [s, b] of [...grouped].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${String(b).padStart(7)}  ${s}`);
  for (const [s, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${String(b).padStart(7)}  ${s.replace(/^.*?(node_modules|src)\//, '$1/')}`);
}
