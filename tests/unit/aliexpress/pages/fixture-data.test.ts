// @vitest-environment happy-dom
import { FIXTURE_NAMES, fixtureHtml } from './fixtures';

// The fixtures' fake data must be well-formed, or tests would pass on numbers no page could show.
const all = FIXTURE_NAMES.map(fixtureHtml).join('\n');

function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const r = weights.reduce((sum, w, i) => sum + w * Number(serial[i]), 0) % 11;
  return r === 1 ? 0 : r === 0 ? 5 : 11 - r;
}

test('every S10 number carries its correct check digit', () => {
  const s10 = [...all.matchAll(/\b([A-Z]{2})(\d{8})(\d)([A-Z]{2})\b/g)];
  expect(s10.length).toBeGreaterThanOrEqual(3);
  for (const [whole, , serial, check] of s10) expect(Number(check), whole).toBe(s10CheckDigit(serial!));
});

test('Cainiao codes are LP + 14 digits', () => {
  const lp = [...all.matchAll(/\bLP\d+\b/g)].map((m) => m[0]);
  expect(lp.length).toBeGreaterThan(0);
  for (const code of lp) expect(code).toMatch(/^LP\d{14}$/);
});

test('order ids in links are 16 digits', () => {
  const ids = [...all.matchAll(/(?:orderId|tradeOrderId|order-list\/)=?(\d+)/g)].map((m) => m[1]);
  expect(ids.length).toBeGreaterThan(40);
  for (const id of ids) if (id !== '0000000000000000') expect(id).toMatch(/^\d{16}$/);
});

test('no fixture loads anything from the network', () => {
  expect(all).not.toMatch(/<link\b|<script\b[^>]*\bsrc=|<iframe\b/i);
});
