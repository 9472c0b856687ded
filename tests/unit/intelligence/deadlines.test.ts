import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../../src/domain/clock';
import {
  assessParcel,
  dueReminders,
  guidanceFor,
  lateVerdict,
  protectionDeadline,
  protectionVerdict,
} from '../../../src/intelligence';
import type { DeadlineInfo, GuidanceInput } from '../../../src/intelligence';
import { day, ev, journeyTo, makeFacts, makeOrder, makeParcel } from './fixtures';

describe('protection deadline', () => {
  it('takes AliExpress’s own deadline with its words', () => {
    const parcel = makeParcel({ deadline: { at: day(40), basis: 'aliexpress', text: 'Refund if no delivery before Apr 10, 2026' } });
    expect(protectionDeadline(makeFacts({ parcel }), day(30))).toEqual({
      at: day(40),
      basis: 'aliexpress',
      text: 'Refund if no delivery before Apr 10, 2026',
      daysLeft: 10,
    });
  });

  it.each([
    { country: 'ES', guarantee: 60 },
    { country: 'RU', guarantee: 90 },
    { country: 'Brazil', guarantee: 120 },
    { country: 'Россия', guarantee: 90 },
  ])('estimates from the order date: $country → $guarantee days', ({ country, guarantee }) => {
    const facts = makeFacts({ orders: [makeOrder({ placedAt: day(0), destination: { country } })] });
    expect(protectionDeadline(facts, day(10))).toEqual({
      at: day(guarantee),
      basis: 'estimated',
      guaranteeDays: guarantee,
      daysLeft: guarantee - 10,
    });
  });

  it('is unknown without a deadline or an order date', () => {
    expect(protectionDeadline(makeFacts({ orders: [makeOrder({ placedAt: undefined })] }), day(1))).toBeNull();
  });
});

describe('protection_ending', () => {
  const at = (daysLeft: number, basis: DeadlineInfo['basis'] = 'aliexpress'): DeadlineInfo => ({
    at: day(20 + daysLeft),
    basis,
    daysLeft: Math.floor(daysLeft),
  });

  it.each([
    { left: 8, delivered: false, reason: null },
    { left: 7, delivered: false, reason: 'deadline_soon' },
    { left: 5, delivered: false, reason: 'deadline_soon' },
    { left: 5, delivered: true, reason: null },
    { left: -3, delivered: false, reason: 'deadline_passed' },
    { left: -16, delivered: false, reason: null },
  ])('$left days left, delivered $delivered → $reason', ({ left, delivered, reason }) => {
    const v = protectionVerdict(at(left), delivered, day(20));
    expect(v?.reason ?? null).toBe(reason);
  });

  it('ending in 5 days: says how long, until when, on what basis; an estimate is medium', () => {
    expect(protectionVerdict(at(5), false, day(20))).toMatchObject({
      flag: 'protection_ending',
      confidence: 'high',
      evidence: { daysLeft: 5, deadline: day(25), basis: 'aliexpress', disputeUntil: day(40) },
    });
    expect(protectionVerdict(at(5, 'estimated'), false, day(20))?.confidence).toBe('medium');
  });
});

describe('dueReminders', () => {
  const deadline = day(30);
  it.each([
    { left: 10, sent: [], due: [] },
    { left: 7, sent: [], due: [7] },
    { left: 6, sent: [7], due: [] },
    { left: 3, sent: [7], due: [3] },
    { left: 2, sent: [], due: [3] }, // away all week: one reminder, not three
    { left: 2, sent: [3], due: [] }, // and never the 7-day one afterwards
    { left: 0.5, sent: [7, 3], due: [1] },
    { left: 0.5, sent: [7], due: [1] },
    { left: 0.5, sent: [1], due: [] },
    { left: -1, sent: [], due: [] },
  ])('$left days left, sent $sent → $due', ({ left, sent, due }) => {
    expect(dueReminders(deadline, deadline - left * DAY_MS, sent)).toEqual(due);
  });

  it('checked hourly for ten days, sends 7, 3 and 1 exactly once each', () => {
    const sent: number[] = [];
    for (let now = deadline - 10 * DAY_MS; now < deadline + DAY_MS; now += HOUR_MS) {
      sent.push(...dueReminders({ at: deadline, basis: 'aliexpress' }, now, sent));
    }
    expect(sent).toEqual([7, 3, 1]);
  });
});

describe('late', () => {
  const parcel = makeParcel({ eta: [{ source: 'aliexpress', from: day(10), to: day(20), text: 'Delivery: Mar 11 - Mar 21' }] });
  it.each([
    { now: day(20.5), delivered: false, late: false },
    { now: day(21.5), delivered: false, late: true },
    { now: day(25), delivered: true, late: false },
  ])('now day $now, delivered $delivered → late $late', ({ now, delivered, late }) => {
    expect(lateVerdict(makeFacts({ parcel }), delivered, now) !== null).toBe(late);
  });

  it('says by when it was promised and how late it is', () => {
    expect(lateVerdict(makeFacts({ parcel }), false, day(25))).toMatchObject({
      reason: 'past_promised_date',
      evidence: { promisedBy: day(20), daysLate: 5, text: 'Delivery: Mar 11 - Mar 21' },
    });
  });

  it('reads the promise shown on AliExpress’s own pages too', () => {
    const fromPage = makeParcel({ eta: [{ source: 'page', to: day(20), text: 'Estimated delivery date: Mar 21' }] });
    expect(lateVerdict(makeFacts({ parcel: fromPage }), false, day(25))?.evidence['daysLate']).toBe(5);
  });

  it('ignores estimates that are not AliExpress’s promise', () => {
    const cainiaoOnly = makeParcel({ eta: [{ source: 'cainiao', to: day(20) }] });
    expect(lateVerdict(makeFacts({ parcel: cainiaoOnly }), false, day(25))).toBeNull();
  });
});

describe('guidance', () => {
  const base: GuidanceInput = {
    deadline: { at: day(60), basis: 'aliexpress', daysLeft: 0 },
    now: day(20),
    shippedAt: day(0),
    delivered: false,
    problem: false,
    urgentProblem: false,
  };
  it.each([
    { name: 'normal tracking, deadline far', over: {}, expected: [] },
    { name: 'normal tracking, 6 days left', over: { now: day(54) }, expected: ['ask_seller_extend'] },
    { name: 'stalled, deadline far', over: { problem: true }, expected: ['dispute_possible'] },
    { name: 'stalled, 5 days left', over: { problem: true, now: day(55) }, expected: ['ask_seller_extend', 'dispute_now'] },
    { name: 'suspected fake (high) at day 12', over: { urgentProblem: true, problem: true, now: day(12) }, expected: ['dispute_now'] },
    { name: 'suspected fake before day 11: too early to dispute', over: { urgentProblem: true, problem: true, now: day(9) }, expected: [] },
    { name: 'normal tracking, deadline passed', over: { now: day(62) }, expected: ['dispute_now'] },
    { name: 'more than 15 days after the deadline', over: { now: day(76) }, expected: [] },
    { name: 'delivered', over: { delivered: true, problem: true, now: day(55) }, expected: [] },
  ])('$name → $expected', ({ over, expected }) => {
    expect(guidanceFor({ ...base, ...over })).toEqual(expected);
  });

  it('a fake "delivered" scan does not end protection or guidance', () => {
    const facts = makeFacts({
      parcel: makeParcel({ deadline: { at: day(17), basis: 'aliexpress' } }),
      events: [ev(day(0), 'accepted', 'origin', { location: 'Shenzhen' }), ev(day(2), 'delivered', 'final', { location: 'Shenzhen' })],
    });
    const result = assessParcel(facts, day(12));
    expect(result.flags).toEqual(['suspected_fake', 'protection_ending']);
    expect(result.guidance).toEqual(['ask_seller_extend', 'dispute_now']);
  });

  it('stalled parcel in assessParcel: dispute possible from day 11', () => {
    const facts = makeFacts({ parcel: makeParcel({ deadline: { at: day(60), basis: 'aliexpress' } }), events: journeyTo('line_haul') });
    expect(assessParcel(facts, day(25)).guidance).toEqual(['dispute_possible']);
  });
});
