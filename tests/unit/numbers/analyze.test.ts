// analyzeNumber through the public contract (src/core): one row per number, exact expected output.
// S10 examples were computed with the UPU check-digit algorithm (see s10.test.ts, which re-derives them).
import { describe, expect, it } from 'vitest';
import { analyzeNumber } from '../../../src/core';
import type { Confidence, NumberAnalysis, NumberKind } from '../../../src/core';

/** Expected confidence of each pattern id, written here so a change in the source fails a test. */
const CONFIDENCE: Record<string, Confidence> = {
  s10: 'high',
  'cainiao-lp': 'high',
  'aliexpress-ae': 'high',
  'cainiao-israel': 'medium',
  'cainiao-israel-uz': 'medium',
  'aliexpress-swx': 'medium',
  'cainiao-cn': 'low',
  yunexpress: 'high',
  sunyou: 'medium',
  '4px': 'low',
  'yanwen-u': 'low',
  'yanwen-vr': 'low',
  'yanwen-yd': 'low',
  'cainiao-un-mu': 'low',
  'cainiao-placeholder': 'low',
  'korea-12': 'medium',
  'usps-420': 'medium',
  'usps-420-zip9': 'medium',
  'aliexpress-order-id': 'medium',
  'usps-91': 'high',
  'usps-20': 'high',
  ups: 'high',
  'ups-waybill': 'high',
  'fedex-ground': 'high',
  'fedex-ground-96-22': 'high',
  'dhl-express': 'medium',
  'dhl-e-commerce': 'low',
  'amazon-logistics': 'low',
  ontrac: 'high',
};

interface Row {
  input: string;
  normalized?: string; // defaults to input
  kind?: NumberKind; // defaults to 'tracking'
  pattern?: string;
  carriers?: string[];
  valid: boolean | null;
  untracked?: boolean;
  country?: string;
  reason?: string;
  corrections?: string[];
}

function expected(row: Row): NumberAnalysis {
  const confidence = row.pattern === undefined ? undefined : CONFIDENCE[row.pattern];
  return {
    input: row.input,
    normalized: row.normalized ?? row.input,
    kind: row.kind ?? 'tracking',
    carriers: row.carriers ?? [],
    valid: row.valid,
    untracked: row.untracked ?? false,
    corrections: row.corrections ?? [],
    ...(row.pattern !== undefined ? { pattern: row.pattern } : {}),
    ...(confidence !== undefined ? { confidence } : {}),
    ...(row.country !== undefined ? { country: row.country } : {}),
    ...(row.reason !== undefined ? { reason: row.reason } : {}),
  };
}

const GB = { pattern: 's10', country: 'GB', carriers: ['upu:GB'] };
const CN = { pattern: 's10', country: 'CN', carriers: ['china-post', 'upu:CN'] };

const S10: Row[] = [
  { input: 'RB123456785GB', valid: true, ...GB },
  { input: 'RB123456785US', valid: true, pattern: 's10', country: 'US', carriers: ['usps', 'upu:US'] },
  { input: 'RB123456786US', valid: false, reason: 's10_check_digit', pattern: 's10', country: 'US', carriers: ['usps', 'upu:US'] },
  { input: 'RB123456784GB', valid: false, reason: 's10_check_digit', ...GB },
  { input: 'LZ001234568CN', valid: true, ...CN },
  { input: 'LZ001234567CN', valid: false, reason: 's10_check_digit', ...CN },
  { input: 'RU314159268SG', valid: true, pattern: 's10', country: 'SG', carriers: ['singapore-post', 'upu:SG'] },
  { input: 'RR271828189IL', valid: true, pattern: 's10', country: 'IL', carriers: ['israel-post', 'upu:IL'] },
  // Faroe Islands: an ISO code outside UPU membership lists; its post issues S10 numbers.
  { input: 'RR271828189FO', valid: true, pattern: 's10', country: 'FO', carriers: ['upu:FO'] },
  { input: 'EA246813576HK', valid: true, pattern: 's10', country: 'HK', carriers: ['upu:HK'] },
  { input: 'CP987654326RU', valid: true, pattern: 's10', country: 'RU', carriers: ['upu:RU'] },
  { input: 'RC000000005EE', valid: true, pattern: 's10', country: 'EE', carriers: ['upu:EE'] },
  { input: 'RC000000003EE', valid: false, reason: 's10_check_digit', pattern: 's10', country: 'EE', carriers: ['upu:EE'] },
  { input: 'HA100000003NL', valid: true, pattern: 's10', country: 'NL', carriers: ['upu:NL'] },
  // Valid checksum, fake country: still invalid, and no carrier to ask.
  { input: 'RB123456785XX', valid: false, reason: 's10_country', pattern: 's10' },
  { input: 'RB123456785ZZ', valid: false, reason: 's10_country', pattern: 's10' },
  { input: 'RB123456785QQ', valid: false, reason: 's10_country', pattern: 's10' },
  { input: 'RB123456785UK', valid: false, reason: 's10_country', pattern: 's10' },
  { input: 'RB123456785EU', valid: false, reason: 's10_country', pattern: 's10' },
  { input: 'RB123456786XX', valid: false, reason: 's10_country', pattern: 's10' },
  // U-series: untracked after export, still validated.
  { input: 'UA123456785CN', valid: true, untracked: true, ...CN },
  { input: 'UZ111111115CN', valid: true, untracked: true, ...CN },
  { input: 'UA123456784CN', valid: false, untracked: true, reason: 's10_check_digit', ...CN },
  // Wrong digit count but clearly S10 (a real country code): invalid by length.
  { input: 'RB12345678GB', valid: false, reason: 'length', ...GB },
  { input: 'RB1234567855GB', valid: false, reason: 'length', ...GB },
];

const SPELLING: Row[] = [
  { input: 'rb123456785gb', normalized: 'RB123456785GB', valid: true, corrections: ['lowercase'], ...GB },
  { input: 'RB 123 456 785 GB', normalized: 'RB123456785GB', valid: true, corrections: ['removed_spaces'], ...GB },
  { input: 'rb 123 456 785 gb', normalized: 'RB123456785GB', valid: true, corrections: ['removed_spaces', 'lowercase'], ...GB },
  { input: 'RB-123-456-785-GB', normalized: 'RB123456785GB', valid: true, corrections: ['removed_dashes'], ...GB },
  { input: 'RB–123456785–GB', normalized: 'RB123456785GB', valid: true, corrections: ['removed_dashes'], ...GB },
  { input: 'RB\u00A0123\u00A0456\u00A0785\u00A0GB', normalized: 'RB123456785GB', valid: true, corrections: ['removed_spaces'], ...GB },
  { input: '\uFEFFRB123\u200B456785GB\u00AD', normalized: 'RB123456785GB', valid: true, corrections: ['removed_invisible'], ...GB },
  { input: 'ＲＢ１２３４５６７８５ＧＢ', normalized: 'RB123456785GB', valid: true, corrections: ['folded_width'], ...GB },
  { input: ' #RB123456785GB. ', normalized: 'RB123456785GB', valid: true, corrections: ['removed_punctuation'], ...GB },
  // Look-alikes, fixed only where the pattern fixes letters or digits.
  { input: 'LZ0O1234568CN', normalized: 'LZ001234568CN', valid: true, corrections: ['confusable:O→0@3'], ...CN },
  { input: 'lz0o1234568cn', normalized: 'LZ001234568CN', valid: true, corrections: ['lowercase', 'confusable:O→0@3'], ...CN },
  { input: 'RBI23456785GB', normalized: 'RB123456785GB', valid: true, corrections: ['confusable:I→1@2'], ...GB },
  { input: 'RB12345678SGB', normalized: 'RB123456785GB', valid: true, corrections: ['confusable:S→5@10'], ...GB },
  { input: '0B123456785GB', normalized: 'OB123456785GB', valid: true, corrections: ['confusable:0→O@0'], ...GB },
  { input: 'RB123456785G8', normalized: 'RB123456785G8', valid: null, kind: 'unknown' }, // 8/B is not a pair we fix
  { input: 'LZ0O1234567CN', normalized: 'LZ001234567CN', valid: false, reason: 's10_check_digit', corrections: ['confusable:O→0@3'], ...CN },
  { input: 'LPOO123456789012', normalized: 'LP00123456789012', valid: null, pattern: 'cainiao-lp', carriers: ['cainiao'], corrections: ['confusable:O→0@2', 'confusable:O→0@3'] },
  { input: 'LPOOO23456789012', normalized: 'LPOOO23456789012', valid: null, kind: 'unknown' }, // three fixes: not a typo
  { input: '5WX012345678901234567', normalized: 'SWX012345678901234567', valid: null, pattern: 'aliexpress-swx', carriers: ['aliexpress', 'cainiao'], corrections: ['confusable:5→S@0'] },
  { input: 'CA1NIAO123', normalized: 'CAINIAO123', valid: null, pattern: 'cainiao-placeholder', carriers: ['cainiao'], reason: 'placeholder', corrections: ['confusable:1→I@2'] },
  { input: '1012345678515', valid: null, kind: 'unknown' }, // digits are never read as letters: S10 needs a real letter
  { input: 'S12345678901', valid: null, kind: 'unknown' }, // all-digit patterns (Korean 12) fix nothing
  { input: '42O221539101026837331000039521', valid: null, kind: 'unknown' }, // nor does 420+ZIP
];

const ALIEXPRESS: Row[] = [
  { input: 'LP00123456789012', valid: null, pattern: 'cainiao-lp', carriers: ['cainiao'] },
  { input: 'lp00123456789012', normalized: 'LP00123456789012', valid: null, pattern: 'cainiao-lp', carriers: ['cainiao'], corrections: ['lowercase'] },
  { input: 'LP 0012 3456 7890 12', normalized: 'LP00123456789012', valid: null, pattern: 'cainiao-lp', carriers: ['cainiao'], corrections: ['removed_spaces'] },
  { input: 'LP-0012-3456-7890-12', normalized: 'LP00123456789012', valid: null, pattern: 'cainiao-lp', carriers: ['cainiao'], corrections: ['removed_dashes'] },
  { input: 'LP0012345678901', valid: false, reason: 'length', pattern: 'cainiao-lp', carriers: ['cainiao'] },
  { input: 'LP001234567890123', valid: false, reason: 'length', pattern: 'cainiao-lp', carriers: ['cainiao'] },
  { input: 'AE012345678', valid: null, pattern: 'aliexpress-ae', carriers: ['aliexpress', 'cainiao'] },
  { input: 'ae 012 345 678', normalized: 'AE012345678', valid: null, pattern: 'aliexpress-ae', carriers: ['aliexpress', 'cainiao'], corrections: ['removed_spaces', 'lowercase'] },
  { input: 'AE01234567', valid: null, kind: 'unknown' }, // one sample only: no length verdict
  { input: 'RS0123456789Y', valid: null, pattern: 'cainiao-israel', carriers: ['cainiao', 'israel-post'] },
  { input: 'UZ0123456789Y', valid: null, untracked: true, pattern: 'cainiao-israel-uz', carriers: ['cainiao', 'israel-post'] },
  { input: 'uz0123456789y', normalized: 'UZ0123456789Y', valid: null, untracked: true, pattern: 'cainiao-israel-uz', carriers: ['cainiao', 'israel-post'], corrections: ['lowercase'] },
  { input: 'SWX012345678901234567', valid: null, pattern: 'aliexpress-swx', carriers: ['aliexpress', 'cainiao'] },
  { input: 'CNBR01234567890', valid: null, pattern: 'cainiao-cn', carriers: ['cainiao'] },
  { input: 'CNFR12345678901', valid: null, pattern: 'cainiao-cn', carriers: ['cainiao'] },
  { input: 'YT2012345678901234', valid: null, pattern: 'yunexpress', carriers: ['yunexpress'] },
  { input: 'yt 2012 3456 7890 1234', normalized: 'YT2012345678901234', valid: null, pattern: 'yunexpress', carriers: ['yunexpress'], corrections: ['removed_spaces', 'lowercase'] },
  { input: 'YT201234567890123', valid: false, reason: 'length', pattern: 'yunexpress', carriers: ['yunexpress'] },
  { input: 'SYAE006809461', valid: null, pattern: 'sunyou', carriers: ['sunyou'] },
  { input: 'SYBRA12345678', valid: null, pattern: 'sunyou', carriers: ['sunyou'] },
  { input: '4PX3001234567890', valid: null, pattern: '4px', carriers: ['4px'] },
  { input: '4px 3001234567', normalized: '4PX3001234567', valid: null, pattern: '4px', carriers: ['4px'], corrections: ['removed_spaces', 'lowercase'] },
  { input: 'UG123456789YP', valid: null, untracked: true, pattern: 'yanwen-u', carriers: ['yanwen'] },
  { input: 'ug 123 456 789 yp', normalized: 'UG123456789YP', valid: null, untracked: true, pattern: 'yanwen-u', carriers: ['yanwen'], corrections: ['removed_spaces', 'lowercase'] },
  { input: 'VR123456789YP', valid: null, pattern: 'yanwen-vr', carriers: ['yanwen'] },
  { input: 'YD123456789YW', valid: null, pattern: 'yanwen-yd', carriers: ['yanwen'] },
  // S10-shaped, MU is a real code, but this is Cainiao Super Economy: a passing check digit is
  // evidence (valid), a failing one is not proof of anything (null, never false).
  { input: 'UN123456785MU', valid: true, untracked: true, pattern: 'cainiao-un-mu', carriers: ['cainiao'] },
  { input: 'UN123456789MU', valid: null, untracked: true, pattern: 'cainiao-un-mu', carriers: ['cainiao'] },
  { input: 'CAINIAO0123456789', valid: null, reason: 'placeholder', pattern: 'cainiao-placeholder', carriers: ['cainiao'] },
  { input: 'cainiao123', normalized: 'CAINIAO123', valid: null, reason: 'placeholder', pattern: 'cainiao-placeholder', carriers: ['cainiao'], corrections: ['lowercase'] },
  { input: '612345678901', valid: null, pattern: 'korea-12', carriers: ['korea-last-mile'] },
  { input: '6123-4567-8901', normalized: '612345678901', valid: null, pattern: 'korea-12', carriers: ['korea-last-mile'], corrections: ['removed_dashes'] },
  // A FedEx Express checksum also fits: FedEx is the second candidate, validity stays unknown.
  { input: '986578788855', valid: null, pattern: 'korea-12', carriers: ['korea-last-mile', 'fedex'] },
];

const COURIERS: Row[] = [
  { input: '420 22153 9101026837331000039521', normalized: '420221539101026837331000039521', valid: true, pattern: 'usps-420', carriers: ['usps'], corrections: ['removed_spaces'] },
  { input: '420221539101026837331000039522', valid: false, reason: 'check_digit', pattern: 'usps-420', carriers: ['usps'] },
  { input: '4201002334249200190132607600833457', valid: true, pattern: 'usps-420-zip9', carriers: ['usps'] },
  { input: '9400111202555842332669', valid: true, pattern: 'usps-91', carriers: ['usps'] },
  { input: '9400 1112 0255 5842 3326 69', normalized: '9400111202555842332669', valid: true, pattern: 'usps-91', carriers: ['usps'], corrections: ['removed_spaces'] },
  { input: '0307 1790 0005 2348 3741', normalized: '03071790000523483741', valid: true, pattern: 'usps-20', carriers: ['usps'], corrections: ['removed_spaces'] },
  { input: '71123456789123456787', valid: true, pattern: 'usps-20', carriers: ['usps'] },
  { input: '71123456789123456788', valid: null, kind: 'unknown' }, // failed check on a bare digit run: not USPS, not "fake"
  { input: '1Z5R89390357567127', valid: true, pattern: 'ups', carriers: ['ups'] },
  { input: '1z5r89390357567127', normalized: '1Z5R89390357567127', valid: true, pattern: 'ups', carriers: ['ups'], corrections: ['lowercase'] },
  { input: '1Z 879E93 03 4683 4440', normalized: '1Z879E930346834440', valid: true, pattern: 'ups', carriers: ['ups'], corrections: ['removed_spaces'] },
  { input: '1Z5R89390357567128', valid: false, reason: 'check_digit', pattern: 'ups', carriers: ['ups'] },
  { input: 'K1506235620', valid: true, pattern: 'ups-waybill', carriers: ['ups'] },
  { input: '041441760228964', valid: true, pattern: 'fedex-ground', carriers: ['fedex'] },
  { input: '9611020987654312345672', valid: true, pattern: 'fedex-ground-96-22', carriers: ['fedex'] },
  { input: '3318810025', valid: true, pattern: 'dhl-express', carriers: ['dhl'] },
  { input: '73891051146', valid: true, pattern: 'dhl-express', carriers: ['dhl'] },
  { input: 'GM2951173225174494', valid: null, pattern: 'dhl-e-commerce', carriers: ['dhl'] },
  { input: 'TBA000000000000', valid: null, pattern: 'amazon-logistics', carriers: ['amazon'] },
  { input: 'C11031500001879', valid: true, pattern: 'ontrac', carriers: ['ontrac'] },
];

const ORDER = { kind: 'order_id' as const, valid: false, reason: 'order_id', pattern: 'aliexpress-order-id' };
const NOT_TRACKING: Row[] = [
  { input: '8181234567890123', ...ORDER },
  { input: '3012345678901234', ...ORDER },
  { input: '8181 2345 6789 0123', normalized: '8181234567890123', corrections: ['removed_spaces'], ...ORDER },
  { input: '', valid: null, kind: 'unknown' },
  { input: 'hello', normalized: 'HELLO', corrections: ['lowercase'], valid: null, kind: 'unknown' },
  { input: '2026', valid: null, kind: 'unknown' },
  { input: '12345', valid: null, kind: 'unknown' },
  { input: '1234567890123', valid: null, kind: 'unknown' },
  { input: 'ABCDEFGHIJKLM', valid: null, kind: 'unknown' },
  { input: 'LP123', valid: null, kind: 'unknown' },
  { input: 'XY12345678', valid: null, kind: 'unknown' },
];

describe('analyzeNumber', () => {
  it.each(S10)('S10 $input', (row) => expect(analyzeNumber(row.input)).toStrictEqual(expected(row)));
  it.each(SPELLING)('spelling $input', (row) => expect(analyzeNumber(row.input)).toStrictEqual(expected(row)));
  it.each(ALIEXPRESS)('AliExpress $input', (row) => expect(analyzeNumber(row.input)).toStrictEqual(expected(row)));
  it.each(COURIERS)('courier $input', (row) => expect(analyzeNumber(row.input)).toStrictEqual(expected(row)));
  it.each(NOT_TRACKING)('not tracking $input', (row) => expect(analyzeNumber(row.input)).toStrictEqual(expected(row)));

  it('never says "invalid" for a LOW-confidence pattern', () => {
    const low = [...ALIEXPRESS, ...COURIERS].filter((r) => r.pattern && CONFIDENCE[r.pattern] === 'low');
    expect(low.length).toBeGreaterThan(8);
    for (const row of low) expect(analyzeNumber(row.input).valid).not.toBe(false);
  });

  it('gives each caller its own carriers array', () => {
    const first = analyzeNumber('8181234567890123');
    first.carriers.push('mutated');
    expect(analyzeNumber('8181234567890123').carriers).toEqual([]);
  });
});
