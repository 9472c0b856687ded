import { missingMessages } from './i18n-mock';
import { describe, expect, it } from 'vitest';
import type { FlagVerdict } from '../../../src/domain/model';
import { correctionText, flagReason, formatEvidence, guidanceText, verdictSentence } from '../../../src/ui/components/reasons';
import { safeUrl } from '../../../src/ui/components/SafeLink';
import { carrierLocalTime, groupTimeline } from '../../../src/ui/components/timelineGroups';
import { formatDateTime } from '../../../src/ui/format';
import { NOW, event } from './fixtures';

const verdict = (overrides: Partial<FlagVerdict>): FlagVerdict => ({
  flag: 'suspected_fake',
  reason: 'dest_mismatch',
  evidence: {},
  confidence: 'medium',
  judgedAt: NOW,
  ...overrides,
});

describe('verdicts in words', () => {
  it('fills a known reason with its evidence: counts in their plural, countries by name, dates, stages', () => {
    expect(verdictSentence(verdict({ evidence: { destCountry: 'BR', orderCountry: 'ES' } }), 'en')).toBe(
      'The tracking says this parcel goes to Brazil, but your order ships to Spain.',
    );
    expect(verdictSentence(verdict({ reason: 'no_record', evidence: { days: 1 } }), 'en')).toBe(
      'No carrier has any record of this number 1 day after it was marked as shipped.',
    );
    expect(verdictSentence(verdict({ flag: 'late', reason: 'past_promised_date', evidence: { promisedAt: NOW, days: 4 } }), 'en')).toBe(
      'AliExpress promised delivery by Nov 21, 2026; the parcel is now 4 days late.',
    );
    expect(verdictSentence(verdict({ reason: 'reused_number', evidence: { orders: 3 } }), 'en')).toBe('The same number is attached to 3 orders from other stores.');
    expect(verdictSentence(verdict({ flag: 'invalid_number', reason: 's10_check_digit' }), 'en')).toBe(
      "The check digit of this postal number doesn't match: it is mistyped or made up.",
    );
  });

  it('falls back to the flag generic sentence for unknown reasons or missing evidence', () => {
    const generic = 'This tracking doesn\'t match your order: the number may be fake or reused.';
    expect(verdictSentence(verdict({ reason: 'dest_mismatch', evidence: { destCountry: 'BR' } }), 'en')).toBe(generic);
    expect(verdictSentence(verdict({ flag: 'stalled', reason: 'a_rule_from_the_future' }), 'en')).toBe(
      'No new tracking event for longer than this stage normally takes.',
    );
    expect(missingMessages.has('reason_a_rule_from_the_future')).toBe(false);
  });

  it('gives each badge its verdict sentence, or the generic one', () => {
    const parcel = { verdicts: [verdict({ flag: 'stalled', reason: 'no_event_for_days', evidence: { days: 12, stage: 'last_mile', allowedDays: 7 } })] };
    expect(flagReason(parcel, 'stalled', 'en')).toBe('No new event for 12 days (stage: Local delivery; it usually takes at most 7 days).');
    expect(flagReason(parcel, 'untracked', 'en')).toBe('This service is tracked only until it leaves the origin country. This is not a sign of fraud.');
  });

  it('formats evidence values', () => {
    expect(formatEvidence('stage', 'import_customs', 'en')).toBe('Import customs');
    expect(formatEvidence('stage', 'somewhere', 'en')).toBe('somewhere');
    expect(formatEvidence('country', 'XX', 'en')).toBe('XX');
    expect(formatEvidence('weight', 1234.5, 'en')).toBe('1,234.5');
    expect(formatEvidence('place', '<b>x</b>', 'en')).toBe('<b>x</b>');
  });

  it('translates advice codes and leaves unknown ones out', () => {
    expect(guidanceText('open_dispute')).toBe('Open a dispute on AliExpress before buyer protection ends.');
    expect(guidanceText('nope')).toBeNull();
  });
});

describe('number corrections in words', () => {
  it.each([
    ['lowercase', 'changed to capital letters'],
    ['removed_spaces', 'removed spaces'],
    ['removed_invisible', 'removed invisible characters'],
    ['confusable:O→0@3', 'read “O” as “0” at position 4'],
    ['confusable:1→I@0', 'read “1” as “I” at position 1'],
    ['O→0 at 5', 'O→0 at 5'],
    ['brand_new_kind', 'brand_new_kind'],
  ])('%s', (correction, text) => {
    expect(correctionText(correction, 'en')).toBe(text);
  });
});

describe('timeline helpers', () => {
  it('groups by the legs, newest leg and newest event first', () => {
    const groups = groupTimeline(
      [
        { stage: 'line_haul', events: [event({ time: 1 }), event({ time: 3 })] },
        { stage: 'last_mile', carrier: 'Correos', events: [event({ time: 5 })] },
        { stage: 'final', events: [] },
      ],
      [],
    );
    expect(groups.map((g) => [g.stage, g.carrier, g.events.map((e) => e.time)])).toEqual([
      ['last_mile', 'Correos', [5]],
      ['line_haul', undefined, [3, 1]],
    ]);
  });

  it('groups a flat timeline into runs of one stage when there are no legs', () => {
    const groups = groupTimeline([], [event({ time: 1, stage: 'origin' }), event({ time: 4, stage: 'last_mile' }), event({ time: 3, stage: 'last_mile' }), event({ time: 2, stage: null })]);
    expect(groups.map((g) => [g.stage, g.events.length])).toEqual([
      ['last_mile', 2],
      [null, 1],
      ['origin', 1],
    ]);
  });

  it("shows the carrier's clock for offsets and IANA zones, nothing for unreadable zones", () => {
    const fmt = (at: number, zone: string) => formatDateTime(at, 'en', zone);
    expect(carrierLocalTime(NOW, 'GMT+8', fmt)).toMatch(/^Nov 21, 2026, 8:00\sPM$/);
    expect(carrierLocalTime(NOW, 'GMT-03:00', fmt)).toMatch(/^Nov 21, 2026, 9:00\sAM$/);
    expect(carrierLocalTime(NOW, 'Asia/Shanghai', fmt)).toMatch(/^Nov 21, 2026, 8:00\sPM$/);
    expect(carrierLocalTime(NOW, 'Mars/Olympus', fmt)).toBeNull();
    expect(carrierLocalTime(NOW, 'GMT+99', fmt)).toBeNull();
  });
});

describe('links from hostile input', () => {
  it('only http(s) URLs become links', () => {
    expect(safeUrl('https://global.cainiao.com/detail.htm?mailNoList=LP1')).toBe('https://global.cainiao.com/detail.htm?mailNoList=LP1');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });
});
