/**
 * Deterministic keys. An event written twice (a retried fetch, a worker killed mid-write) must land
 * on the same key, so keys are a hash of what the event is, never a counter or a random id.
 */

/** 53-bit FNV-1a-style string hash (two 32-bit lanes), stable across runs and engines. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h2 >>> 11) * 0x100000000 + (h1 >>> 0)).toString(36);
}

export interface EventIdentity {
  source: string;
  number: string;
  time: number;
  code: string | null;
  text: string;
}

export function eventId(e: EventIdentity): string {
  return `${e.source}:${e.number}:${e.time}:${stableHash(`${e.code ?? ''}\u0000${e.text.trim()}`)}`;
}
