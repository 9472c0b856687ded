import { describe, expect, it } from 'vitest';
import type { FlagVerdict } from '../../../src/domain/model';
import { FLAGS } from '../../../src/domain/vocabulary';
import type { Flag } from '../../../src/domain/vocabulary';
import { assessParcel, flagsOf, needsAttention, urgencyScore } from '../../../src/intelligence';
import { toIsoCountry } from '../../../src/intelligence/countries';
import { day, journeyTo, makeFacts, makeParcel } from './fixtures';

const v = (flag: Flag, confidence: FlagVerdict['confidence'] = 'high'): FlagVerdict => ({
  flag,
  reason: 'r',
  evidence: {},
  confidence,
  judgedAt: 0,
});

describe('flags', () => {
  it('are unique and in FLAGS order whatever the verdict order', () => {
    expect(flagsOf([v('late'), v('untracked'), v('stalled'), v('late')])).toEqual(['untracked', 'stalled', 'late']);
  });

  it('a low-confidence fake verdict stays a hint without raising the flag', () => {
    expect(flagsOf([v('suspected_fake', 'low')])).toEqual([]);
    expect(flagsOf([v('suspected_fake', 'low'), v('suspected_fake', 'medium')])).toEqual(['suspected_fake']);
  });

  it.each([
    { flags: [], attention: false },
    { flags: ['untracked'], attention: false },
    { flags: ['untracked', 'late'], attention: true },
    { flags: ['stalled'], attention: true },
  ] as const)('needsAttention($flags) = $attention', ({ flags, attention }) => {
    expect(needsAttention(flags)).toBe(attention);
  });
});

describe('urgencyScore', () => {
  it('ranks money-at-stake flags over stalls over lateness over untracked', () => {
    const order: Flag[][] = [['invalid_number'], ['suspected_fake'], ['protection_ending'], ['stalled', 'late'], ['stalled'], ['late', 'untracked'], ['late'], ['untracked'], []];
    const scores = order.map((f) => urgencyScore(f));
    expect(scores[0]).toBe(scores[1]);
    expect(scores[1]).toBe(scores[2]);
    for (let i = 2; i < scores.length - 1; i++) expect(scores[i]).toBeGreaterThan(scores[i + 1] ?? 0);
    expect(urgencyScore(['stalled'], 0)).toBeLessThan(urgencyScore(['protection_ending'], 50));
  });

  it('breaks ties by the nearer deadline without crossing a tier', () => {
    expect(urgencyScore(['stalled'], 3)).toBeGreaterThan(urgencyScore(['stalled'], 30));
    expect(urgencyScore(['stalled'], -10)).toBeLessThan(urgencyScore(['stalled', 'late']));
  });
});

describe('assessParcel', () => {
  it('returns verdicts in FLAGS order with the ETA, the deadline and guidance', () => {
    const facts = makeFacts({
      parcel: makeParcel({ deadline: { at: day(26), basis: 'aliexpress' }, eta: [{ source: 'aliexpress', to: day(15) }] }),
      events: journeyTo('line_haul'),
    });
    const result = assessParcel(facts, day(20));
    expect(result.flags).toEqual(['stalled', 'protection_ending', 'late']);
    expect(result.verdicts.map((x) => FLAGS.indexOf(x.flag))).toEqual([3, 4, 5]);
    expect(result.deadline).toEqual({ at: day(26), basis: 'aliexpress', daysLeft: 6 });
    expect(result.eta.best).toEqual({ from: day(15), to: day(45), basis: 'service_class' });
    expect(result.guidance).toEqual(['ask_seller_extend', 'dispute_now']);
  });

  it('is deterministic for a fixed clock', () => {
    const facts = makeFacts();
    expect(assessParcel(facts, day(30))).toEqual(assessParcel(facts, day(30)));
  });
});

describe('country names', () => {
  it.each([
    ['ES', 'ES'],
    ['es', 'ES'],
    ['Spain', 'ES'],
    ['España', 'ES'],
    ['Mainland China', 'CN'],
    ['Россия', 'RU'],
    ['Brasil', 'BR'],
    ['United States', 'US'],
    ['Islas Canarias', 'ES'],
    ['XX', undefined],
    ['Narnia', undefined],
  ])('%s → %s', (text, iso) => {
    expect(toIsoCountry(text)).toBe(iso);
  });
});
