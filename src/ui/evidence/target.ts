/**
 * Which parcels an evidence page shows, and how that is said in its address: `evidence.html?ids=<id>,<id>`
 * (each id URI-encoded, so an id could even hold a comma) or `evidence.html?flagged=1` (every parcel
 * that needs attention). Plain functions with no imports: the popup bundles them.
 */
export type EvidenceTarget = { ids: string[] } | { flagged: true };

/** The extension page, as `browser.runtime.getURL` wants it. */
export const EVIDENCE_PAGE = '/evidence.html';

/** At most this many ids in one address; the background validates what it receives anyway. */
export const MAX_EVIDENCE_IDS = 500;
const MAX_ID_LENGTH = 64;

/** `?ids=a,b` or `?flagged=1`: append to the page's URL. */
export function evidenceSearch(target: EvidenceTarget): string {
  return 'flagged' in target ? '?flagged=1' : `?ids=${target.ids.map(encodeURIComponent).join(',')}`;
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The target an address names; null when it names none (a hand-edited or truncated link). */
export function parseEvidenceTarget(search: string): EvidenceTarget | null {
  const pairs = search.replace(/^\?/, '').split('&');
  const value = (name: string): string | undefined => pairs.find((p) => p.startsWith(`${name}=`))?.slice(name.length + 1);
  if (value('flagged') === '1') return { flagged: true };
  const raw = value('ids');
  if (raw === undefined) return null;
  // Split before decoding: a comma inside an id arrives as %2C and stays part of it.
  const ids = [
    ...new Set(
      raw
        .split(',')
        .map(decode)
        .filter((id): id is string => id !== null && id.length > 0 && id.length <= MAX_ID_LENGTH),
    ),
  ].slice(0, MAX_EVIDENCE_IDS);
  return ids.length > 0 ? { ids } : null;
}

/** The message asking the background for the facts behind a target. */
export function evidenceMessage(target: EvidenceTarget): { type: 'evidence/facts'; ids?: string[]; flagged?: boolean } {
  return 'flagged' in target ? { type: 'evidence/facts', flagged: true } : { type: 'evidence/facts', ids: target.ids };
}
