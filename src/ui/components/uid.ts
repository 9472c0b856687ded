import { useState } from 'preact/hooks';

let sequence = 0;

/**
 * An id unique in the document, stable for the component's life. Not preact's useId: separately
 * rendered roots (one per order card, all in the same page) would produce the same ids.
 */
export function useUid(prefix: string): string {
  const [id] = useState(() => `${prefix}-${++sequence}`);
  return id;
}
