import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// House rules for the page side of src/aliexpress (logistics/ belongs to its own owner).
const DIR = join(__dirname, '../../../../src/aliexpress');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => [f, readFileSync(join(DIR, f), 'utf8')] as const);

test.each(files)('%s: no innerHTML/outerHTML assignment, no browser extension APIs, no network, zod only via zod/mini', (_f, source) => {
  expect(source).not.toMatch(/\.(?:inner|outer)HTML\s*\+?=(?!=)/);
  expect(source).not.toMatch(/insertAdjacentHTML|document\.write\(/);
  expect(source).not.toMatch(/\b(?:browser|chrome)\.(?:runtime|storage|tabs)\b/);
  expect(source).not.toMatch(/\bfetch\(|XMLHttpRequest|setTimeout|setInterval/);
  expect(source).not.toMatch(/from ['"]zod['"]/);
  expect(source).not.toMatch(/:\s*any\b|as any\b/);
});
