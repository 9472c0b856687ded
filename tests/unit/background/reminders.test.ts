import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/domain/clock';
import { takeDueReminders } from '../../../src/background/reminders';
import type { ParcelView } from '../../../src/views/types';
import { freshDb } from '../storage/helpers';

const T0 = Date.parse('2026-11-21T10:00:00Z');

function view(id: string, deadlineAt: number, flags: ParcelView['flags'] = ['protection_ending']): ParcelView {
  return {
    id, number: id, numbers: [id], status: 'customs', flags, verdicts: [], links: [], orderIds: [], storeNames: [], itemTitles: [],
    deadline: { at: deadlineAt, basis: 'aliexpress' }, guidance: [], archived: false, addedAt: T0, health: {},
  };
}

describe('buyer-protection reminders', () => {
  it('reminds at 7, 3 and 1 days left, each once, and never for parcels without the flag', async () => {
    const { db } = await freshDb();
    const deadline = T0 + 5 * DAY_MS;
    const parcels = [view('LP00000000000001', deadline), view('LP00000000000002', deadline, [])];
    const at = (t: number) => takeDueReminders(db, parcels, t).then((r) => r.map((x) => [x.parcel.id, x.daysLeft]));
    expect(await at(T0)).toEqual([['LP00000000000001', 7]]);
    expect(await at(T0 + 1_000)).toEqual([]); // a worker restart does not repeat it
    expect(await at(deadline - 2.5 * DAY_MS)).toEqual([['LP00000000000001', 3]]);
    expect(await at(deadline - 2 * DAY_MS)).toEqual([]);
    expect(await at(deadline - 0.5 * DAY_MS)).toEqual([['LP00000000000001', 1]]);
    expect(await at(deadline + DAY_MS)).toEqual([]); // past the deadline: nothing more to remind
  });

  it('a user away for a week gets only the most urgent reminder due, not three at once', async () => {
    const { db } = await freshDb();
    const parcels = [view('LP00000000000003', T0 + 2 * DAY_MS)];
    expect((await takeDueReminders(db, parcels, T0)).map((r) => r.daysLeft)).toEqual([3]);
    expect((await takeDueReminders(db, parcels, T0 + 1.5 * DAY_MS)).map((r) => r.daysLeft)).toEqual([1]);
  });
});
