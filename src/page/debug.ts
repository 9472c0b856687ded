/**
 * DOM drift must be loud for developers and silent for buyers: warnings go to the console with a
 * prefix that is easy to filter, and never reach the page.
 */
export function debugWarn(...args: unknown[]): void {
  console.warn('[ParcelLens]', ...args);
}
