import { readFileSync } from 'node:fs';

/** The text of a file under tests/fixtures/carriers/. */
export function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/carriers/${path}`, import.meta.url), 'utf8');
}

/** Epoch ms of an ISO instant, to write expectations the way people read times. */
export const at = (iso: string): number => Date.parse(iso);
