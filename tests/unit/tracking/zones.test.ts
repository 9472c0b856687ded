import { describe, expect, it } from 'vitest';
import { localTimeToEpoch, parseGmtOffset } from '../../../src/tracking/zones';

describe('parseGmtOffset', () => {
  it.each<[string | null | undefined, number | null]>([
    ['GMT+8', 480],
    ['GMT+0800', 480],
    ['GMT+08:00', 480],
    ['GMT-3', -180],
    ['GMT-03:00', -180],
    ['GMT+5:30', 330],
    ['UTC+05:45', 345],
    ['+09:00', 540],
    ['gmt+1', 60],
    ['GMT', 0],
    ['UTC', 0],
    ['Z', 0],
    ['GMT+0', 0],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    ['GMT+15', null],
    ['GMT+08:75', null],
    ['Europe/Moscow', null],
  ])('%s → %s', (zone, minutes) => {
    expect(parseGmtOffset(zone)).toBe(minutes);
  });
});

describe('localTimeToEpoch', () => {
  it('reads Cainiao timeStr in its zone', () => {
    expect(localTimeToEpoch('2023-01-29 08:31:00', 'GMT+8')).toBe(Date.parse('2023-01-29T00:31:00Z'));
    expect(localTimeToEpoch('2023-01-29 08:31:00', 'GMT+0800')).toBe(Date.parse('2023-01-29T00:31:00Z'));
    expect(localTimeToEpoch('2023-01-29 08:31:00', 'GMT-3')).toBe(Date.parse('2023-01-29T11:31:00Z'));
  });

  it('reads an unknown zone as UTC', () => {
    expect(localTimeToEpoch('2023-01-29 08:31', '')).toBe(Date.parse('2023-01-29T08:31:00Z'));
    expect(localTimeToEpoch('2023-01-29T08:31:05.5', null)).toBe(Date.parse('2023-01-29T08:31:05.500Z'));
    expect(localTimeToEpoch('2023/01/29', 'GMT+1')).toBe(Date.parse('2023-01-28T23:00:00Z'));
  });

  it('refuses what is not a real local time', () => {
    expect(localTimeToEpoch('2023-02-30 08:00:00', 'GMT+8')).toBeNull();
    expect(localTimeToEpoch('2023-01-29 25:00:00', 'GMT+8')).toBeNull();
    expect(localTimeToEpoch('yesterday', 'GMT+8')).toBeNull();
    expect(localTimeToEpoch('', 'GMT+8')).toBeNull();
  });
});
