import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAGS, STATUS_CODES } from '../../../src/domain/vocabulary';
import { ParcelSchema, TrackingEventSchema } from '../../../src/domain/model';

// The vocabularies are a contract with ../shared/docs/parcel-intelligence.md and the test hooks.
const doc = readFileSync(new URL('../../../../shared/docs/parcel-intelligence.md', import.meta.url), 'utf8');

describe('closed vocabularies', () => {
  it('has exactly the 12 status codes of the status table, in its order', () => {
    const table = doc.split('## Flags')[0] ?? '';
    const codes = [...table.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(codes).toHaveLength(12);
    expect([...STATUS_CODES]).toEqual(codes);
  });

  it('has exactly the 6 flags of the flag list', () => {
    const section = doc.split('## Flags')[1]?.split('## Stalled')[0] ?? '';
    const flags = [...section.matchAll(/^- `([a-z_]+)`:/gm)].map((m) => m[1]);
    expect([...FLAGS]).toEqual(flags);
  });
});

describe('domain schemas', () => {
  it('fills defaults for a minimal parcel and rejects one without numbers', () => {
    const parcel = ParcelSchema.parse({ id: 'LP00123456789012', numbers: ['LP00123456789012'], orderIds: [], addedAt: 1, addedFrom: 'paste' });
    expect(parcel).toMatchObject({ serviceClass: 'unknown', archived: false, untrackedService: false, eta: [], items: [] });
    expect(ParcelSchema.safeParse({ id: 'x', numbers: [], orderIds: [], addedAt: 1, addedFrom: 'paste' }).success).toBe(false);
  });

  it('rejects an event with an unknown status code', () => {
    const event = { id: 'e', number: 'n', source: 'cainiao', time: 0, timeZone: null, location: null, code: null, text: '', stage: null };
    expect(TrackingEventSchema.safeParse({ ...event, status: 'in_transit' }).success).toBe(true);
    expect(TrackingEventSchema.safeParse({ ...event, status: 'shipped' }).success).toBe(false);
  });
});
