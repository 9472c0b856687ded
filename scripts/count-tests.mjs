// Sums the unit (vitest) and e2e (Playwright) JSON reports into CI's closing line.
// A stage that produced no report (type errors stopped the run before it) counts as one failure,
// so a broken pipeline can never print "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const exitCode = Number(process.argv[2] ?? 1);
let passed = 0;
let failed = 0;
const missing = [];

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const unit = read('reports/vitest.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else missing.push('unit');

const e2e = read('reports/playwright.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else missing.push('e2e');

if (missing.length > 0) {
  console.log(`ci: no report from ${missing.join(' and ')} (an earlier step failed)`);
  failed += missing.length;
}
if (exitCode !== 0 && failed === 0) failed = 1; // e.g. the type check failed
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(exitCode !== 0 || failed > 0 ? 1 : 0);
