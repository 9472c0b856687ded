/**
 * Carrier texts and store names are hostile input. In plain text, control characters could forge
 * lines and bidi overrides could reverse what a reader sees: both become a plain space.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]+/g;

export function plain(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/ {2,}/g, ' ').trim();
}
