// @vitest-environment happy-dom
import { readTrackingPage } from '../../../../src/aliexpress/tracking-page';
import type { TrackingPageRead } from '../../../../src/aliexpress/types';
import { loadFixture, mountFixtureWithScripts } from './fixtures';

const at = (y: number, mo: number, d: number, h: number, mi: number, s = 0): number => Date.UTC(y, mo - 1, d, h, mi, s);

describe('tracking page, one package (tracking-1-package)', () => {
  test('number, service, last mile, ETA and every event', () => {
    expect(readTrackingPage(loadFixture('tracking-1-package'))).toEqual<TrackingPageRead>({
      packages: [
        {
          number: 'LP00612345678901',
          service: 'AliExpress Selection Standard',
          lastMile: 'Correos',
          etaText: 'Delivery: Dec. 01 - Dec. 09',
          events: [
            { title: 'In transit', description: 'Arrived at destination country', timeText: '2026-11-24 06:10:00', wallTime: at(2026, 11, 24, 6, 10) },
            { title: 'In transit', description: 'Departed from country of origin', timeText: '2026-11-20 14:32:10', wallTime: at(2026, 11, 20, 14, 32, 10) },
            { title: 'In transit', description: 'Export customs clearance complete', timeText: '2026-11-19 22:05:41', wallTime: at(2026, 11, 19, 22, 5, 41) },
            { title: 'In transit', description: 'Left the sorting center', timeText: '2026-11-16 03:44:12', wallTime: at(2026, 11, 16, 3, 44, 12) },
            { title: 'Shipped', description: 'Received by logistics company', timeText: '2026-11-14 18:20:00', wallTime: at(2026, 11, 14, 18, 20) },
            { title: 'Order placed', timeText: '2026-11-12 09:01:33', wallTime: at(2026, 11, 12, 9, 1, 33) },
          ],
        },
      ],
      tabs: [],
      problems: [],
    });
  });
});

describe('tracking page, two packages (tracking-2-packages)', () => {
  test('the rendered panel belongs to the selected tab; date and time from separate spans', () => {
    expect(readTrackingPage(loadFixture('tracking-2-packages'))).toEqual<TrackingPageRead>({
      packages: [
        {
          tabLabel: 'Package 1',
          number: 'RS112233447NL',
          service: 'Cainiao Standard For Special Goods',
          lastMile: 'PostNL',
          etaText: 'Estimated delivery: Dec. 05 - Dec. 12',
          events: [
            { title: 'In transit', description: 'Handed over to airline', timeText: 'Nov 21 2026 09:05', wallTime: at(2026, 11, 21, 9, 5) },
            { title: 'Shipped', description: 'Received by logistics company', timeText: 'Nov 19 2026 11:47', wallTime: at(2026, 11, 19, 11, 47) },
          ],
        },
      ],
      tabs: ['Package 1', 'Package 2'],
      activeTab: 0,
      problems: [],
    });
  });

  test('after clicking "Package 2": number from the row text (no value element), 12-hour time', () => {
    mountFixtureWithScripts('tracking-2-packages');
    (document.querySelectorAll('[class*="tab-list-v2--tab--"]')[1] as HTMLElement).click();
    expect(readTrackingPage(document)).toEqual<TrackingPageRead>({
      packages: [
        {
          tabLabel: 'Package 2',
          number: 'LP00612345678903',
          service: 'AliExpress Selection Standard',
          etaText: 'Estimated delivery: Dec. 05 - Dec. 12',
          events: [
            {
              title: 'Processing',
              description: 'Package is being prepared at the warehouse',
              timeText: 'Nov 22 2026 2:15 PM',
              wallTime: at(2026, 11, 22, 14, 15),
            },
          ],
        },
      ],
      tabs: ['Package 1', 'Package 2'],
      activeTab: 1,
      problems: [],
    });
    // And back: the first panel returns.
    (document.querySelectorAll('[class*="tab-list-v2--tab--"]')[0] as HTMLElement).click();
    expect(readTrackingPage(document).packages[0]?.number).toBe('RS112233447NL');
  });
});

describe('tracking number row in other languages (no value element)', () => {
  const row = (text: string): string | undefined => {
    const doc = new DOMParser().parseFromString(
      `<div class="logistic-info-v2--wrap--a1"><div class="logistic-info-v2--mailNo--b2">${text}</div></div>`,
      'text/html',
    );
    return readTrackingPage(doc).packages[0]?.number;
  };

  test.each([
    ['Tracking number: LP00612345678901\nCopy', 'LP00612345678901'],
    ['Trackingnummer: RB123456785GB Kopieren', 'RB123456785GB'],
    ['운송장 번호 RU987654326SG 복사', 'RU987654326SG'],
    ['Номер отслеживания: LZ123456785CN Копировать', 'LZ123456785CN'],
    ['Número de seguimiento: LP00612345678901Copiar', 'LP00612345678901'],
    ['Código de rastreio: CP555123453CN', 'CP555123453CN'],
    ['מספר מעקב: \u200fRR314159268CN\u200f העתק', 'RR314159268CN'],
    ['Sporingsnummer: LX246813576CN', 'LX246813576CN'], // label not in the table: cut at the colon
  ])('%j', (text, number) => {
    expect(row(text)).toBe(number);
  });

  test('a row with no number yields none and says so', () => {
    const doc = new DOMParser().parseFromString(
      '<div class="logistic-info-v2--wrap--a1"><div class="logistic-info-v2--mailNo--b2">Tracking number: Copy</div></div>',
      'text/html',
    );
    const read = readTrackingPage(doc);
    expect(read.packages[0]?.number).toBeUndefined();
    expect(read.problems).toEqual([
      'tracking number: not found (selector trackingNumber)',
      'events: not found (selector trackingEvent)',
    ]);
  });
});

describe('broken tracking pages', () => {
  test('an unrendered or foreign page: no packages, problems listed', () => {
    for (const name of ['orders-en-2025', 'captcha', 'order-detail'] as const) {
      expect(readTrackingPage(loadFixture(name))).toEqual({ packages: [], tabs: [], problems: ['package: not found (selector trackingPanel)'] });
    }
  });

  test('without the panel wrapper the page still gives its one package', () => {
    const doc = new DOMParser().parseFromString(
      `<div><span class="logistic-info-v2--mailNoValue--x">LP00612345678901</span>
       <div class="logistic-info-v2--node--y"><div class="logistic-info-v2--nodeTitle--z">Delivered</div>
       <div class="logistic-info-v2--nodeTime--w">sometime</div></div></div>`,
      'text/html',
    );
    expect(readTrackingPage(doc)).toEqual({
      packages: [{ number: 'LP00612345678901', events: [{ title: 'Delivered', timeText: 'sometime' }] }],
      tabs: [],
      problems: [],
    });
  });

  test('tabs with none marked selected are reported', () => {
    const doc = new DOMParser().parseFromString(
      `<div class="tab-list-v2--tab--a">Package 1</div><div class="tab-list-v2--tab--a">Package 2</div>
       <div class="logistic-info-v2--wrap--b"><span class="logistic-info-v2--mailNoValue--c">LP00612345678901</span></div>`,
      'text/html',
    );
    const read = readTrackingPage(doc);
    expect(read.activeTab).toBeUndefined();
    expect(read.packages[0]?.tabLabel).toBeUndefined();
    expect(read.problems).toContain('tabs: no tab marked selected');
  });

  test('garbage never throws', () => {
    for (const html of ['', '<<<', '<div class="logistic-info-v2--node--x"></div>', '<div class="logistic-info-v2--mailNoValue--x"><script>x</script></div>']) {
      expect(() => readTrackingPage(new DOMParser().parseFromString(html, 'text/html'))).not.toThrow();
    }
  });
});
