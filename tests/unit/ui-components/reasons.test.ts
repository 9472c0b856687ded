import { missingMessages } from './i18n-mock';
import { describe, expect, it } from 'vitest';
import type { FlagVerdict } from '../../../src/domain/model';
import { correctionText, flagReason, formatEvidence, guidanceText, verdictSentence } from '../../../src/ui/components/reasons';
import { safeUrl } from '../../../src/ui/components/SafeLink';
import { carrierLocalTime, groupTimeline } from '../../../src/ui/components/timelineGroups';
import { formatDateTime } from '../../../src/ui/format';
import { DAY, NOW, event } from './fixtures';

const verdict = (overrides: Partial<FlagVerdict>): FlagVerdict => ({
  flag: 'suspected_fake',
  reason: 'destination_country_mismatch',
  evidence: {},
  confidence: 'medium',
  judgedAt: NOW,
  ...overrides,
});

describe('verdicts in words', () => {
  it('fills a known reason with its evidence: counts in their plural, countries by name, dates, stages', () => {
    const fake = { strength: 'strong', signals: 1 };
    expect(verdictSentence(verdict({ evidence: { trackingCountry: 'BR', orderCountry: 'ES', ...fake } }), 'en')).toBe(
      'The tracking says this parcel goes to Brazil, but your order ships to Spain.',
    );
    expect(
      verdictSentence(verdict({ reason: 'no_carrier_record', evidence: { days: 21, since: NOW - 21 * DAY, lp: false, graceDays: 14, ...fake } }), 'en'),
    ).toBe("No carrier has any record of this number: it's been 21 days since Oct 31, 2026, while real numbers usually show up within 14 days.");
    expect(verdictSentence(verdict({ flag: 'late', reason: 'past_promised_date', evidence: { promisedBy: NOW, daysLate: 4 } }), 'en')).toBe(
      'AliExpress promised delivery by Nov 21, 2026; the parcel is now 4 days late.',
    );
    expect(
      verdictSentence(verdict({ reason: 'number_reused', evidence: { otherOrderId: '8123456789012345', otherStore: 'Store 9', otherDestination: true, ...fake } }), 'en'),
    ).toBe('The same number is on another order (8123456789012345 from Store 9) going to a different address: it was probably reused.');
    expect(verdictSentence(verdict({ flag: 'invalid_number', reason: 's10_check_digit' }), 'en')).toBe(
      "The check digit of this postal number doesn't match: it is mistyped or made up.",
    );
    expect(verdictSentence(verdict({ flag: 'invalid_number', reason: 's10_check_digit', evidence: { number: 'RB123456789CN', pattern: 's10', country: 'CN' } }), 'en')).toBe(
      "RB123456789CN: The check digit of this postal number doesn't match: it is mistyped or made up.",
    );
  });

  it('says an untracked parcel is normal, what to expect and when to worry', () => {
    const untracked = verdict({
      flag: 'untracked',
      reason: 'untracked_after_export',
      evidence: { signal: 'service_name', service: 'Cainiao Super Economy', expectedFromDays: 30, expectedToDays: 60, worryAfterDays: 60 },
    });
    expect(verdictSentence(untracked, 'en')).toBe(
      'Tracking ends after export for Cainiao Super Economy: this is normal for this service, not a sign of fraud. ' +
        'Such parcels usually arrive 30–60 days after shipping; worry only if nothing has arrived after 60 days.',
    );
    const shipped = NOW - 10 * DAY;
    const dated = verdict({
      ...untracked,
      evidence: { signal: 'u_series_number', number: 'UA123456789CN', expectedFromDays: 30, expectedToDays: 60, worryAfterDays: 60, shippedAt: shipped, expectedFrom: shipped + 30 * DAY, expectedTo: shipped + 60 * DAY, worryFrom: shipped + 60 * DAY },
    });
    expect(verdictSentence(dated, 'en')).toBe(
      'Tracking ends after export for numbers starting with U: this is normal for this service, not a sign of fraud. ' +
        'Expect it between Dec 11, 2026 and Jan 10, 2027 (30–60 days after shipping); worry only if nothing has arrived by Jan 10, 2027.',
    );
  });

  it('falls back to the flag generic sentence for unknown reasons or missing evidence', () => {
    const generic = 'This tracking doesn\'t match your order: the number may be fake or reused.';
    expect(verdictSentence(verdict({ reason: 'destination_country_mismatch', evidence: { trackingCountry: 'BR' } }), 'en')).toBe(generic);
    expect(verdictSentence(verdict({ flag: 'stalled', reason: 'a_rule_from_the_future' }), 'en')).toBe(
      'No new tracking event for longer than this stage normally takes.',
    );
    // A reason of another flag is not this flag's reason.
    expect(verdictSentence(verdict({ flag: 'late', reason: 'no_event_for_days', evidence: { days: 3 } }), 'en')).toBe('Past the delivery date AliExpress promised.');
    expect(missingMessages.has('reason_a_rule_from_the_future')).toBe(false);
  });

  it('gives each badge its verdict sentence, or the generic one', () => {
    const evidence = { stage: 'last_mile', days: 12, allowanceDays: 7, defaultDays: 7, basis: 'default', serviceClass: 'standard', lastEventAt: NOW - 12 * DAY };
    const parcel = { verdicts: [verdict({ flag: 'stalled', reason: 'no_event_for_days', evidence })] };
    expect(flagReason(parcel, 'stalled', 'en')).toBe('No new event for 12 days (stage: Local delivery; it usually takes at most 7 days).');
    expect(flagReason(parcel, 'untracked', 'en')).toBe('This service is tracked only until it leaves the origin country. This is not a sign of fraud.');
  });

  it('formats evidence values', () => {
    expect(formatEvidence('stage', 'import_customs', 'en')).toBe('Import customs');
    expect(formatEvidence('stage', 'info_received', 'en')).toBe('Label created');
    expect(formatEvidence('stage', 'somewhere', 'en')).toBe('somewhere');
    expect(formatEvidence('serviceClass', 'expedited', 'en')).toBe('Expedited');
    expect(formatEvidence('country', 'XX', 'en')).toBe('XX');
    expect(formatEvidence('orderCountry', 'DE', 'en')).toBe('Germany');
    expect(formatEvidence('deadline', NOW, 'en')).toBe('Nov 21, 2026');
    expect(formatEvidence('daysLeft', 1, 'en')).toBe('1 day');
    expect(formatEvidence('days', 1.5, 'en')).toBe('1.5 days');
    expect(formatEvidence('samples', 9, 'en')).toBe('9 parcels');
    expect(formatEvidence('weight', 1234.5, 'en')).toBe('1,234.5');
    expect(formatEvidence('place', '<b>x</b>', 'en')).toBe('<b>x</b>');
  });

  it('translates advice codes and leaves unknown ones out', () => {
    expect(guidanceText('dispute_now')).toBe(
      'Open a dispute from the order page now, without waiting any longer: a dispute takes about 10 days to settle. Keep this tracking history as evidence.',
    );
    expect(guidanceText('nope')).toBeNull();
    expect(guidanceText('open_dispute')).toBeNull();
    expect(missingMessages.has('guidance_nope')).toBe(false);
  });
});

describe('number corrections in words', () => {
  it.each([
    ['lowercase', 'changed to capital letters'],
    ['removed_spaces', 'removed spaces'],
    ['removed_invisible', 'removed invisible characters'],
    ['removed_dashes', 'removed dashes'],
    ['folded_width', 'converted full-width characters'],
    ['removed_punctuation', 'removed punctuation around it'],
    ['lowercase:ab', 'changed to capital letters'],
    ['confusable', 'confusable'],
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
