import { readFileSync } from 'node:fs';
import { readEnvelope } from '../../../../src/aliexpress/logistics/envelope';

/** Raw text of a querydetail fixture (see tests/fixtures/aliexpress/querydetail/README.md). */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../../fixtures/aliexpress/querydetail/${name}`, import.meta.url), 'utf8');
}

/** The `data` of a fixture that must read as a successful envelope. */
export function okData(name: string): Record<string, unknown> {
  const envelope = readEnvelope(fixtureText(name));
  if (envelope.kind !== 'ok') throw new Error(`${name}: expected an ok envelope, got ${envelope.kind}`);
  return envelope.data;
}

export const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
