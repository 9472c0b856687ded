/**
 * AliExpress / Cainiao / Chinese consolidator numbers, plus S10 and the US routing-prefixed USPS
 * form, from docs/tracking-numbers.md. Order is priority: the first entry that fits wins, so the
 * S10-shaped consolidator forms (Yanwen `…YP`, Cainiao `UN…MU`) sit before generic S10.
 * A confidence range in the doc ("LOW-MED") is entered at its lower bound.
 */
import { matchCouriers, s10CheckDigitOk } from './couriers';
import { checkS10, s10Carriers } from './s10';
import { alnum, digits, fuzzyShapeRegex, letters, lit, shapeRegex } from './shape';
import type { Segment } from './shape';
import { isIsoCountry } from '../domain/countries';
import type { Confidence, Verdict } from './types';

export interface NumberPattern {
  id: string;
  carriers: readonly string[];
  shape: readonly Segment[];
  /** Strict, anchored; derived from `shape`. */
  regex: RegExp;
  /** The same shape with look-alikes accepted where it fixes letters or digits. */
  fuzzy: RegExp;
  confidence: Confidence;
  untracked: boolean;
  /** A number of this shape (its meaning is the comment above the pattern in PATTERNS). */
  example: string;
  /** The pattern's own rule; without one, valid is null (no checksum: unknown is not fake). */
  validate?: (n: string) => Verdict;
  /**
   * HIGH patterns only: a string clearly meant as this pattern but with a digit too many or too few
   * gets this verdict (invalid, 'length') when nothing matched it exactly.
   */
  nearMiss?: (n: string) => Verdict | null;
}

type PatternSpec = Omit<NumberPattern, 'regex' | 'fuzzy'>;
const define = (spec: PatternSpec): NumberPattern => ({
  ...spec,
  regex: shapeRegex(spec.shape),
  fuzzy: fuzzyShapeRegex(spec.shape),
});

/** The 22-digit IMpb number behind `420` + ZIP (5 or 9 digits), the form printed on US labels. */
export function splitUspsRouting(n: string): { zip: string; number: string } | null {
  const m = /^420(\d{5}|\d{9})(9\d{21})$/.exec(n);
  return m?.[1] && m[2] ? { zip: m[1], number: m[2] } : null;
}

function checkUspsRouted(n: string): Verdict {
  const number = splitUspsRouting(n)?.number ?? '';
  const passing = matchCouriers(number).filter((m) => m.passes);
  if (passing.length === 0) return { valid: false, reason: 'check_digit' };
  return { valid: true, carriers: ['usps', ...passing.map((m) => m.pattern.carrier)] };
}

const WRONG_LENGTH: Verdict = { valid: false, reason: 'length' };

/** Not known to carry S10 check digits: a passing one is evidence, a failing one proves nothing. */
const s10DigitIfAny = (n: string): Verdict => ({ valid: s10CheckDigitOk(n) ? true : null });

export const PATTERNS: readonly NumberPattern[] = [
  // Shown when no real number exists yet
  define({
    id: 'cainiao-placeholder',
    carriers: ['cainiao'],
    shape: [lit('CAINIAO'), digits(1, Infinity)],
    confidence: 'low',
    untracked: false,
    example: 'CAINIAO0123456789',
    validate: () => ({ valid: null, reason: 'placeholder' }),
  }),
  // Cainiao logistics order code; later gets an S10 or local number
  define({
    id: 'cainiao-lp',
    carriers: ['cainiao'],
    shape: [lit('LP'), digits(14)],
    confidence: 'high',
    untracked: false,
    example: 'LP00123456789012',
    nearMiss: (n) => (/^LP\d{10,18}$/.test(n) ? WRONG_LENGTH : null),
  }),
  // AliExpress/Cainiao number (Israel route); one sample, so no length near-miss
  define({
    id: 'aliexpress-ae',
    carriers: ['aliexpress', 'cainiao'],
    shape: [lit('AE'), digits(9)],
    confidence: 'high',
    untracked: false,
    example: 'AE012345678',
  }),
  // Cainiao → Israel Post
  define({
    id: 'cainiao-israel',
    carriers: ['cainiao', 'israel-post'],
    shape: [lit('RS'), digits(10), lit('Y')],
    confidence: 'medium',
    untracked: false,
    example: 'RS0123456789Y',
  }),
  // Cainiao → Israel Post economy, untracked after hand-off
  define({
    id: 'cainiao-israel-uz',
    carriers: ['cainiao', 'israel-post'],
    shape: [lit('UZ'), digits(10), lit('Y')],
    confidence: 'medium',
    untracked: true,
    example: 'UZ0123456789Y',
  }),
  // AliExpress Selection Standard
  define({
    id: 'aliexpress-swx',
    carriers: ['aliexpress', 'cainiao'],
    shape: [lit('SWX'), digits(18)],
    confidence: 'medium',
    untracked: false,
    example: 'SWX012345678901234567',
  }),
  // Cainiao last mile by destination country (CNBR… = Brazil)
  define({
    id: 'cainiao-cn',
    carriers: ['cainiao'],
    shape: [lit('CN'), letters(2), digits(11)],
    confidence: 'low',
    untracked: false,
    example: 'CNBR01234567890',
  }),
  // YunExpress
  define({
    id: 'yunexpress',
    carriers: ['yunexpress'],
    shape: [lit('YT'), digits(16)],
    confidence: 'high',
    untracked: false,
    example: 'YT2012345678901234',
    nearMiss: (n) => (/^YT\d{12,20}$/.test(n) ? WRONG_LENGTH : null),
  }),
  // SunYou (sypost.net)
  define({
    id: 'sunyou',
    carriers: ['sunyou'],
    shape: [lit('SY'), alnum(2, 3), digits(8, 9)],
    confidence: 'medium',
    untracked: false,
    example: 'SYAE006809461',
  }),
  // 4PX
  define({
    id: '4px',
    carriers: ['4px'],
    shape: [lit('4PX'), digits(10, 16)],
    confidence: 'low',
    untracked: false,
    example: '4PX3001234567890',
  }),
  // Yanwen economy (U-series): tracked until export
  define({
    id: 'yanwen-u',
    carriers: ['yanwen'],
    shape: [lit('U'), letters(1), digits(9), lit('YP')],
    confidence: 'low',
    untracked: true,
    example: 'UG123456789YP',
  }),
  // Yanwen
  define({
    id: 'yanwen-vr',
    carriers: ['yanwen'],
    shape: [lit('VR'), digits(9), lit('YP')],
    confidence: 'low',
    untracked: false,
    example: 'VR123456789YP',
  }),
  // Yanwen
  define({
    id: 'yanwen-yd',
    carriers: ['yanwen'],
    shape: [lit('YD'), digits(9), lit('YW')],
    confidence: 'low',
    untracked: false,
    example: 'YD123456789YW',
  }),
  // Cainiao Super Economy Global, untracked locally; S10-shaped but not a Mauritius Post item
  define({
    id: 'cainiao-un-mu',
    carriers: ['cainiao'],
    shape: [lit('UN'), digits(9), lit('MU')],
    confidence: 'low',
    untracked: true,
    example: 'UN123456785MU',
    validate: s10DigitIfAny,
  }),
  // UPU S10: national posts, ePacket, registered mail
  define({
    id: 's10',
    carriers: [],
    shape: [letters(2), digits(9), letters(2)],
    confidence: 'high',
    untracked: false, // U-series S10 are untracked: decided per number in analyze.ts
    example: 'RB123456785GB',
    validate: checkS10,
    // A digit too many or too few, but clearly meant as S10: a real country code at the end.
    nearMiss: (n) => {
      const country = n.slice(-2);
      return /^[A-Z]{2}(\d{8}|\d{10})[A-Z]{2}$/.test(n) && isIsoCountry(country)
        ? { ...WRONG_LENGTH, country, carriers: s10Carriers(country) }
        : null;
    },
  }),
  // Korean last mile (Hanjin, CJ); no check digit we trust
  define({
    id: 'korea-12',
    carriers: ['korea-last-mile'],
    shape: [digits(12)],
    confidence: 'medium',
    untracked: false,
    example: '612345678901',
  }),
  // USPS with the 420+ZIP routing prefix (US last mile); check digit of the 22-digit part
  define({
    id: 'usps-420',
    carriers: ['usps'],
    shape: [lit('420'), digits(5), lit('9'), digits(21)],
    confidence: 'medium',
    untracked: false,
    example: '420221539101026837331000039521',
    validate: checkUspsRouted,
  }),
  // USPS with the 420+ZIP+4 routing prefix
  define({
    id: 'usps-420-zip9',
    carriers: ['usps'],
    shape: [lit('420'), digits(9), lit('9'), digits(21)],
    confidence: 'medium',
    untracked: false,
    example: '4201002334249200190132607600833457',
    validate: checkUspsRouted,
  }),
];

/** AliExpress order ids are 16 digits; such a string is never read as a tracking number. */
export const ORDER_ID_RE = /^\d{16}$/;
