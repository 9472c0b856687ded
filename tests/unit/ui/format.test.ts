import { describe, expect, it } from 'vitest';
import { formatDate, pluralCategory, relativeTime, wholeDays } from '../../../src/ui/format';
import { DAY_MS, HOUR_MS } from '../../../src/domain/clock';

const NOW = Date.parse('2026-11-21T12:00:00Z');

describe('relative time through Intl', () => {
  it.each([
    ['en', NOW - 3 * DAY_MS, '3 days ago'],
    ['en', NOW - 1 * DAY_MS, 'yesterday'],
    ['en', NOW - 2 * HOUR_MS, '2 hours ago'],
    ['en', NOW - 10_000, 'now'],
    ['en', NOW + 5 * DAY_MS, 'in 5 days'],
    ['ru', NOW - 3 * DAY_MS, '3 дня назад'],
    ['ru', NOW - 5 * DAY_MS, '5 дней назад'],
    ['es', NOW - 3 * DAY_MS, 'hace 3 días'],
    ['pt-BR', NOW - 3 * DAY_MS, 'há 3 dias'],
    ['el', NOW - 3 * DAY_MS, 'πριν από 3 ημέρες'],
    ['zh-CN', NOW - 3 * DAY_MS, '3天前'],
    ['en', NOW - 40 * DAY_MS, 'last month'],
  ])('%s %#', (locale, at, expected) => {
    expect(relativeTime(at, NOW, locale)).toBe(expected);
  });
});

describe('dates and plurals', () => {
  it('formats dates per locale', () => {
    expect(formatDate(NOW, 'en-US', 'UTC')).toBe('Nov 21, 2026');
    expect(formatDate(NOW, 'ru', 'UTC')).toBe('21 нояб. 2026 г.');
    expect(formatDate(NOW, 'zh-CN', 'UTC')).toBe('2026年11月21日');
  });
  it('knows Russian has few/many plural forms', () => {
    expect([1, 3, 5, 21].map((n) => pluralCategory(n, 'ru'))).toEqual(['one', 'few', 'many', 'one']);
    expect(pluralCategory(1, 'zh')).toBe('other');
  });
  it('counts whole days', () => {
    expect(wholeDays(NOW - 2.9 * DAY_MS, NOW)).toBe(2);
  });
});
