// Public API of the pure domain core (no browser APIs). A plain list of re-exports: add yours below.
export { analyzeNumber } from './numbers/analyze';
export { findNumbers, findNumbersDetailed } from './numbers/find';
export { normalizeInput } from './numbers/normalize';
export type { Normalized } from './numbers/normalize';
export { PATTERNS, ORDER_ID_RE, splitUspsRouting } from './numbers/patterns';
export type { NumberPattern } from './numbers/patterns';
export { checkS10, s10Carriers, isUntrackedS10, S10_RE } from './numbers/s10';
export { ISO_COUNTRY_CODES, isIsoCountry } from './numbers/iso-countries';
export type { Confidence, FoundNumbers, NumberAnalysis, NumberKind, Verdict } from './numbers/types';
