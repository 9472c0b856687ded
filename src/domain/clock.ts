/** Time is injected everywhere so stalls, deadlines and cadences are testable with fixed clocks. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

export const fixedClock =
  (at: number | string): Clock =>
  () =>
    typeof at === 'number' ? at : Date.parse(at);

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;
