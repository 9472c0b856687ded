import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The content scripts run on every order page load: the classifier (src/tracking) and the number
// rules (src/core, src/numbers) are the background's, so no content script may import them.

const ROOT = resolve(__dirname, '../../..');
const ENTRIES = ['entrypoints/orders.content.ts', 'entrypoints/order-page.content.ts'];
const FORBIDDEN = [/^src\/tracking\//, /^src\/numbers\//, /^src\/core\.ts$/, /^npm:js-md5$/];

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : undefined;
  if (!base) return `npm:${spec}`;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate) && candidate.match(/\.(tsx?|css)$/)) return candidate;
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${spec}`);
}

/** Value imports and re-exports (type-only ones are erased and cost nothing). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?([\s\S]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const [, typeOnly, clause = '', spec = ''] = m;
    const names = /\{([\s\S]*)\}/.exec(clause)?.[1]?.split(',').map((n) => n.trim()).filter(Boolean) ?? [];
    const allTypes = names.length > 0 && !/^[\w$]+\s*,|\*/.test(clause.trim()) && names.every((n) => n.startsWith('type '));
    if (!typeOnly && !allTypes) specs.push(spec);
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) specs.push(m[1] ?? '');
  return specs;
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.startsWith('npm:') || file.endsWith('.css')) continue;
    for (const spec of valueImports(file)) {
      const target = resolveImport(file, spec);
      if (target) queue.push(target);
    }
  }
  return new Set([...seen].map((f) => (f.startsWith('npm:') ? f : relative(ROOT, f))));
}

describe.each(ENTRIES)('%s', (entry) => {
  const files = reachable(entry);

  it('reaches the page code it runs', () => {
    expect(files.has('src/page/main.ts')).toBe(true);
    expect(files.has('src/aliexpress/logistics/querydetail.ts')).toBe(true);
  });

  it('imports neither the classifier nor the number rules', () => {
    expect([...files].filter((f) => FORBIDDEN.some((re) => re.test(f)))).toEqual([]);
  });
});
