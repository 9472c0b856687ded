import { describe, expect, it } from 'vitest';
import { cainiaoLang, cainiaoUrls, parseCainiaoResponse, type CainiaoAnswer, type CainiaoResult } from '../../../src/carriers/cainiao';
import { pickLastMile } from '../../../src/carriers/last-mile';
import { at, fixture } from './fixture';

const FETCHED = at('2024-04-06T00:00:00Z');

function ok(answer: CainiaoAnswer): CainiaoResult[] {
  if (answer.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(answer)}`);
  return answer.results;
}
const parse = (name: string): CainiaoResult[] => ok(parseCainiaoResponse(fixture(`cainiao/${name}`), 'application/json;charset=UTF-8', FETCHED));

describe('cainiaoUrls', () => {
  it('asks for at most 10 numbers per call, without repeats, in the UI language', () => {
    const numbers = Array.from({ length: 23 }, (_, i) => `LP000000000000${String(i).padStart(2, '0')}`);
    const urls = cainiaoUrls([...numbers, ' lp00000000000000 '], 'ru');
    expect(urls).toHaveLength(3);
    expect(urls[0]).toBe(
      `https://global.cainiao.com/global/detail.json?mailNos=${numbers.slice(0, 10).join(',')}&lang=ru-RU`,
    );
    expect(urls[2]).toBe(`https://global.cainiao.com/global/detail.json?mailNos=${numbers.slice(20).join(',')}&lang=ru-RU`);
    expect(cainiaoUrls([], 'en')).toEqual([]);
  });

  it.each([
    ['ru', 'ru-RU'],
    ['zh-CN', 'zh-CN'],
    ['zh_TW', 'zh-CN'],
    ['es', 'es-ES'],
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['fr', 'fr-FR'],
    ['de', 'de-DE'],
    ['en-GB', 'en-US'],
    ['he', 'en-US'],
    ['', 'en-US'],
  ])('UI %s → lang %s', (ui, lang) => {
    expect(cainiaoLang(ui)).toBe(lang);
  });
});

describe('parseCainiaoResponse: fixtures', () => {
  it('unknown-number.json: awaiting first scan, not an error', () => {
    expect(parse('unknown-number.json')).toEqual([
      { number: 'LP00456789012345', aliases: [], events: [], notFound: true, skippedEvents: 0, checkedAt: FETCHED },
    ]);
  });

  it('economy-untracked.json: economy service, untracked after export', () => {
    const [r] = parse('economy-untracked.json');
    expect(r).toMatchObject({
      number: 'LP00567890123456',
      aliases: [],
      notFound: false,
      originCountry: 'CN',
      destCountry: 'ES',
      serviceClass: 'economy',
      untrackedService: true,
      skippedEvents: 0,
    });
    expect(r?.eta).toBeUndefined();
    expect(r?.lastMile).toBeUndefined();
    expect(r?.events.map((e) => [e.code, e.status, e.stage])).toEqual([
      ['LH_HO_AIRLINE', 'in_transit', 'line_haul'],
      ['CC_EX_SUCCESS', 'customs', 'export_customs'],
      ['SC_OUTBOUND_SUCCESS', 'in_transit', 'origin'],
      ['SC_INBOUND_SUCCESS', 'accepted', 'origin'],
      ['GWMS_ACCEPT', 'info_received', 'origin'],
    ]);
    expect(r?.events[0]).toEqual({
      id: expect.stringMatching(/^cainiao:LP00567890123456:/),
      number: 'LP00567890123456',
      source: 'cainiao',
      time: at('2024-02-20T08:40:00Z'),
      timeZone: 'GMT+8',
      location: null,
      code: 'LH_HO_AIRLINE',
      text: '已交航',
      status: 'in_transit',
      stage: 'line_haul',
    });
  });

  it('customs-chinese-mixed-zones.json: every zone spelling, the duplicate once, desc before standerdDesc', () => {
    const [r] = parse('customs-chinese-mixed-zones.json');
    expect(r?.events.map((e) => [e.time, e.timeZone, e.code, e.text, e.status, e.stage])).toEqual([
      [at('2024-03-12T12:15:00Z'), 'GMT-3', 'CC_IM_START', '进口清关开始', 'customs', 'import_customs'],
      [at('2024-03-12T10:40:00Z'), 'GMT-03:00', 'CC_HO_IN_SUCCESS', '包裹已交给海关', 'customs', 'import_customs'],
      [at('2024-03-12T01:05:00Z'), 'GMT-0300', 'LH_ARRIVE', '到达目的国', 'arrived_destination', 'line_haul'],
      [at('2024-03-07T19:20:00Z'), 'GMT+8', 'LH_DEPART', '航班已起飞', 'in_transit', 'line_haul'],
      [at('2024-03-07T10:45:00Z'), 'GMT+08:00', 'LH_HO_AIRLINE', '已交航', 'in_transit', 'line_haul'],
      [at('2024-03-07T03:02:00Z'), 'GMT+0800', 'CC_EX_SUCCESS', '出口清关完成', 'customs', 'export_customs'],
      [at('2024-03-06T15:10:00Z'), null, 'SC_OUTBOUND_SUCCESS', 'Departed from sorting center', 'in_transit', 'origin'],
      [at('2024-03-06T12:31:00Z'), 'GMT+8', 'SC_INBOUND_SUCCESS', '已到达分拣中心', 'accepted', 'origin'],
      [at('2024-03-05T02:00:00Z'), 'GMT+8', 'GWMS_ACCEPT', '物流订单已创建', 'info_received', 'origin'],
    ]);
    expect(r).toMatchObject({
      number: 'LP00234567890123',
      notFound: false,
      originCountry: 'CN',
      destCountry: 'BR',
      serviceClass: 'standard',
      eta: {
        source: 'cainiao',
        from: at('2024-03-20T03:00:00Z'),
        to: at('2024-04-02T03:00:00Z'),
        text: 'Estimated delivery: Mar 20 - Apr 02',
      },
      lastMile: { name: 'Correios', url: 'https://rastreamento.correios.com.br/' },
    });
    expect(r?.untrackedService).toBeUndefined();
  });

  it('delivered.json: delivered, with ETA and last-mile carrier', () => {
    const [r] = parse('delivered.json');
    expect(r?.events).toHaveLength(8);
    expect(r?.events[0]).toMatchObject({ code: 'GTMS_SIGNED', status: 'delivered', stage: 'final', time: at('2024-03-21T12:32:00Z'), timeZone: 'GMT+2' });
    expect(r?.events[7]).toMatchObject({ code: 'PU_PICKUP_SUCCESS', status: 'accepted', stage: 'origin', time: at('2024-03-12T07:00:00Z') });
    expect(r).toMatchObject({
      number: 'LP00345678901234',
      originCountry: 'CN',
      destCountry: 'IL',
      serviceClass: 'standard',
      eta: { source: 'cainiao', from: at('2024-03-19T00:00:00Z'), to: at('2024-03-26T00:00:00Z'), text: 'Delivered' },
      lastMile: { name: 'Israel Post', url: 'https://israelpost.co.il/' },
    });
  });

  it('batch-of-3.json: three results in the order asked, Russian names mapped, pickup not delivered, unsafe link dropped', () => {
    const results = parse('batch-of-3.json');
    expect(results.map((r) => [r.number, r.notFound, r.events.length, r.originCountry, r.destCountry])).toEqual([
      ['LP00789012345678', false, 2, 'CN', 'RU'],
      ['LP00890123456789', true, 0, undefined, undefined],
      ['LZ234567816CN', false, 2, 'CN', 'RU'],
    ]);
    expect(results[0]?.events.map((e) => [e.text, e.status])).toEqual([
      ['Прибыло в страну назначения', 'arrived_destination'],
      ['Покинуло страну отправления', 'in_transit'],
    ]);
    expect(results[2]?.events.map((e) => [e.code, e.text, e.status, e.stage])).toEqual([
      ['GTMS_STA_SIGNED', 'Получено в пункте выдачи', 'available_for_pickup', 'last_mile'],
      ['GTMS_SC_ARRIVE', 'Прибыло в сортировочный центр', 'at_local_facility', 'last_mile'],
    ]);
    expect(results[2]?.lastMile).toEqual({ name: 'Почта России' });
  });

  it('alias-copy-real-mail-no.json: the new number is an alias of the same parcel', () => {
    const [r] = parse('alias-copy-real-mail-no.json');
    expect(r).toMatchObject({
      number: 'LP00678901234567',
      aliases: ['RB123456785GB'],
      destCountry: 'GB',
      lastMile: { name: 'Royal Mail', url: 'https://www.royalmail.com/' },
    });
    expect(r?.events[0]).toMatchObject({ code: 'GTMS_ACCEPT', timeZone: 'GMT+0', time: at('2024-03-25T09:41:00Z'), status: 'at_local_facility' });
    // The payload's homepage lacks the number; the S10 deep link has it.
    expect(pickLastMile('RB123456785GB', r?.lastMile)).toEqual({
      name: 'Royal Mail',
      url: 'https://www.royalmail.com/track-your-item#/tracking-results/RB123456785GB',
    });
  });

  it('blocked-captcha.html: a block, whatever the content type says', () => {
    const html = fixture('cainiao/blocked-captcha.html');
    expect(parseCainiaoResponse(html, 'text/html; charset=utf-8', FETCHED)).toEqual({ kind: 'blocked', reason: 'captcha' });
    expect(parseCainiaoResponse(html, 'application/json', FETCHED)).toEqual({ kind: 'blocked', reason: 'captcha' });
  });

  it('success-false.json: refused', () => {
    expect(parseCainiaoResponse(fixture('cainiao/success-false.json'), 'application/json', FETCHED)).toEqual({ kind: 'blocked', reason: 'refused' });
  });
});

describe('parseCainiaoResponse: odd answers', () => {
  it('an HTML error page without a captcha is a block too', () => {
    expect(parseCainiaoResponse('<html><body>502 Bad Gateway</body></html>', 'text/html', FETCHED)).toEqual({ kind: 'blocked', reason: 'html_page' });
  });

  it("Alibaba's anti-bot JSON is a captcha block", () => {
    const body = '{"rgv587_flag":"sm","url":"https://global.cainiao.com/_____tmd_____/punish?x5secdata=abc"}';
    expect(parseCainiaoResponse(body, 'application/json', FETCHED)).toEqual({ kind: 'blocked', reason: 'captcha' });
  });

  it('broken JSON and shapeless answers are unreadable, never thrown', () => {
    expect(parseCainiaoResponse('{"module": [', 'application/json', FETCHED).kind).toBe('unreadable');
    expect(parseCainiaoResponse('"hello"', 'application/json', FETCHED)).toEqual({ kind: 'unreadable', detail: 'not an object' });
    expect(parseCainiaoResponse('{"success":true}', 'application/json', FETCHED)).toEqual({ kind: 'unreadable', detail: 'no module list' });
    expect(parseCainiaoResponse('{"success":true,"module":[{"foo":1}]}', undefined, FETCHED)).toEqual({
      kind: 'unreadable',
      detail: 'no entry has a mailNo',
    });
  });

  it('degrades field by field: a bad field is dropped, an event without a time is counted and skipped', () => {
    const body = JSON.stringify({
      success: true,
      module: [
        {
          mailNo: 'lp00999999999999',
          destCountry: 42,
          destCpInfo: 'not an object',
          globalEtaInfo: { etaDesc: '  ' },
          detailList: [
            { time: 'soon', timeStr: 'later', desc: 'Delivered', actionCode: 'GTMS_SIGNED' },
            { time: 0, timeStr: '2024-03-01 10:00:00', timeZone: 'GMT+8', desc: '', standerdDesc: 'Arrived at sorting center', actionCode: 'NEW_CODE' },
            'garbage',
          ],
        },
      ],
    });
    const [r] = ok(parseCainiaoResponse(body, 'application/json', FETCHED));
    expect(r).toEqual({
      number: 'LP00999999999999',
      aliases: [],
      events: [
        {
          id: expect.any(String),
          number: 'LP00999999999999',
          source: 'cainiao',
          time: at('2024-03-01T02:00:00Z'),
          timeZone: 'GMT+8',
          location: null,
          code: 'NEW_CODE',
          text: 'Arrived at sorting center',
          status: 'in_transit',
          stage: null,
        },
      ],
      notFound: false,
      skippedEvents: 2,
      checkedAt: FETCHED,
    });
  });

  it('reads the alias from the display text when copyRealMailNo is missing, and ignores itself', () => {
    const body = (real: string) =>
      JSON.stringify({ success: true, module: [{ mailNo: 'LP00678901234567', realMailNo: real, detailList: [] }] });
    expect(ok(parseCainiaoResponse(body('Latest Tracking Number:\tRB123456785GB'), 'application/json', FETCHED))[0]?.aliases).toEqual(['RB123456785GB']);
    expect(ok(parseCainiaoResponse(body('Latest Tracking Number:\tLP00678901234567'), 'application/json', FETCHED))[0]?.aliases).toEqual([]);
  });

  it('falls back to the English standerdDesc when the carrier words say nothing known', () => {
    const body = JSON.stringify({
      success: true,
      module: [{ mailNo: 'LP00111111111111', detailList: [{ time: at('2024-03-01T00:00:00Z'), timeZone: 'GMT+8', desc: 'Ismeretlen szöveg', standerdDesc: 'Out for delivery', actionCode: 'NEW' }] }],
    });
    const [r] = ok(parseCainiaoResponse(body, 'application/json', FETCHED));
    expect(r?.events[0]).toMatchObject({ text: 'Ismeretlen szöveg', status: 'out_for_delivery', stage: 'last_mile' });
  });
});
