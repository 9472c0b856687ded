// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryAll } from '../../../../src/aliexpress/dom';
import { EXPECTED_SELECTOR_COUNTS } from '../../../../src/aliexpress/selector-counts';
import { SELECTORS, SELECTOR_NAMES } from '../../../../src/aliexpress/selectors';
import { FIXTURE_NAMES, loadFixture } from './fixtures';

// Refined-GitHub-style drift check: every selector's match count on every saved page.
describe('selector registry', () => {
  const docs = new Map(FIXTURE_NAMES.map((name) => [name, loadFixture(name)]));

  test.each(SELECTOR_NAMES)('%s matches the expected count on every fixture', (name) => {
    const expected = EXPECTED_SELECTOR_COUNTS[name];
    const actual = Object.fromEntries(
      FIXTURE_NAMES.map((f) => [f, queryAll(docs.get(f)!, name).length] as const).filter(([, n]) => n > 0),
    );
    expect(actual).toEqual(expected);
  });

  test('the counts table names only real fixtures', () => {
    const known = new Set<string>(FIXTURE_NAMES);
    for (const counts of Object.values(EXPECTED_SELECTOR_COUNTS)) {
      for (const fixture of Object.keys(counts)) expect(known, fixture).toContain(fixture);
    }
  });

  test('every selector matches on at least one fixture', () => {
    const unused = SELECTOR_NAMES.filter((name) => Object.keys(EXPECTED_SELECTOR_COUNTS[name]).length === 0);
    expect(unused).toEqual([]);
  });

  test('every alternative is valid CSS', () => {
    const doc = loadFixture('orders-en-2025');
    for (const [name, alternatives] of Object.entries(SELECTORS)) {
      for (const css of alternatives) expect(() => doc.querySelectorAll(css), `${name}: ${css}`).not.toThrow();
    }
  });

  test('hashed-class prefixes end at a separator, so mailNo-- never matches mailNoValue--', () => {
    for (const [name, alternatives] of Object.entries(SELECTORS)) {
      for (const css of alternatives) {
        for (const m of css.matchAll(/\[class\*="([^"]+)"\]/g)) {
          expect(m[1], `${name}: ${css}`).toMatch(/(?:--|__)$/);
        }
      }
    }
  });

  test('every alternative carries a comment saying what layout/era it targets', () => {
    const source = readFileSync(join(__dirname, '../../../../src/aliexpress/selectors.ts'), 'utf8');
    const uncommented = source
      .split('\n')
      .filter((line) => /^\s+'.*',/.test(line) && !/',\s*\/\/ \S/.test(line))
      .map((line) => line.trim());
    expect(uncommented).toEqual([]);
  });
});
