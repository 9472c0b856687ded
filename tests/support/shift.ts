/**
 * Moving recorded payloads in time: the extension reads the real clock, so a fixture's scans must be
 * placed relative to "now" for stalls and deadlines to mean the same on every day the tests run.
 */
const EPOCH_MIN = 1_400_000_000_000;
const EPOCH_MAX = 2_100_000_000_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function newestScan(value: unknown): number {
  let newest = 0;
  const walk = (v: unknown, key?: string) => {
    if (typeof v === 'number' && key === 'time') newest = Math.max(newest, v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(value);
  return newest;
}

/** Moves every epoch, "2026-07-09 07:10:00" and "Aug 20, 2026" in a payload by `delta` ms. */
export function shiftTimes<T>(value: T, delta: number): T {
  const shiftText = (s: string) =>
    s
      .replace(/\b(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\b/g, (m) => {
        const d = new Date(Date.parse(`${m.replace(' ', 'T')}Z`) + delta);
        return d.toISOString().slice(0, 19).replace('T', ' ');
      })
      .replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})\b/g, (_, mon: string, day: string, year: string) => {
        const d = new Date(Date.UTC(Number(year), MONTHS.indexOf(mon), Number(day)) + delta);
        return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
      })
      // querydetail's ETA text ("Jul. 14 - Jul. 24") has no year: the fixtures' year is 2026.
      .replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\. (\d{1,2})\b/g, (_, mon: string, day: string) => {
        const d = new Date(Date.UTC(2026, MONTHS.indexOf(mon), Number(day)) + delta);
        return `${MONTHS[d.getUTCMonth()]}. ${d.getUTCDate()}`;
      });
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number' && v > EPOCH_MIN && v < EPOCH_MAX) return v + delta;
    if (typeof v === 'string') return shiftText(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}


/** The payload moved so that its newest scan (`time` field) is `daysAgo` days before `now`. */
export function relativeTo<T>(payload: T, daysAgo: number, now: number): T {
  const newest = newestScan(payload);
  return newest === 0 ? payload : shiftTimes(payload, now - daysAgo * 86_400_000 - newest);
}
