import { z } from 'zod/mini';
import { dueReminders, type ReminderDay } from '../intelligence/deadlines';
import { getMeta, putMeta, type ParcelDb } from '../storage/repository';
import type { ParcelView } from '../views/types';

const sentKey = (parcelId: string) => `reminders:${parcelId}`;
const SentSchema = z.array(z.number());

export interface Reminder {
  parcel: ParcelView;
  daysLeft: ReminderDay;
}

/**
 * Buyer-protection reminders at 7, 3 and 1 days left, each sent once per parcel: what was sent is
 * stored before the notification is shown, so a worker restart can never repeat one.
 */
export async function takeDueReminders(db: ParcelDb, views: readonly ParcelView[], now: number): Promise<Reminder[]> {
  const out: Reminder[] = [];
  for (const parcel of views) {
    if (!parcel.deadline || !parcel.flags.includes('protection_ending') || parcel.archived) continue;
    const sent = (await getMeta(db, sentKey(parcel.id), SentSchema)) ?? [];
    const due = dueReminders(parcel.deadline.at, now, sent);
    const day = due.at(-1);
    if (day === undefined) continue;
    await putMeta(db, sentKey(parcel.id), [...sent, ...due]);
    out.push({ parcel, daysLeft: day });
  }
  return out;
}
