import { describe, expect, it } from 'vitest';
import { readEnvelope, unwrapJsonp } from '../../../../src/aliexpress/logistics/envelope';
import { fixtureText } from './fixtures';

describe('readEnvelope on the fixtures', () => {
  it.each([
    ['delivered-full-journey.json', 'ok'],
    ['in-transit-lp-s10.json', 'ok'],
    ['two-packages.json', 'ok'],
    ['pre-shipment-only.json', 'ok'],
    ['economy-untracked.json', 'ok'],
    ['in-transit-es.json', 'ok'],
    ['in-transit-ru.json', 'ok'],
    ['jsonp-wrapped.jsonp', 'ok'],
    ['error-token-expired.json', 'token'],
    ['error-session-expired.json', 'logged_out'],
    ['error-traffic-limit.json', 'traffic_limit'],
    ['error-user-validate.json', 'verification'],
    ['captcha-baxia.html', 'verification'],
    ['garbage-truncated.txt', 'unreadable'],
    ['garbage-html.html', 'unreadable'],
    ['garbage-empty-object.json', 'unreadable'],
  ])('%s → %s', (name, kind) => {
    expect(readEnvelope(fixtureText(name)).kind).toBe(kind);
  });

  it('gives the reason for unreadable bodies', () => {
    expect(readEnvelope(fixtureText('garbage-truncated.txt'))).toEqual({ kind: 'unreadable', detail: 'invalid json' });
    expect(readEnvelope(fixtureText('garbage-html.html'))).toEqual({ kind: 'unreadable', detail: 'html instead of json' });
    expect(readEnvelope(fixtureText('garbage-empty-object.json'))).toEqual({ kind: 'unreadable', detail: 'no ret array' });
  });

  it('names the code it matched (the part of ret[0] before "::")', () => {
    expect(readEnvelope(fixtureText('error-token-expired.json'))).toEqual({ kind: 'token', code: 'FAIL_SYS_TOKEN_EXOIRED' });
    expect(readEnvelope(fixtureText('error-user-validate.json'))).toEqual({ kind: 'verification', code: 'FAIL_SYS_USER_VALIDATE' });
    expect(readEnvelope(fixtureText('captcha-baxia.html'))).toEqual({ kind: 'verification', code: 'captcha_html' });
  });

  it('hands back data.module of a JSONP answer', () => {
    const envelope = readEnvelope(fixtureText('jsonp-wrapped.jsonp'));
    expect(envelope.kind === 'ok' && Object.keys(envelope.data)).toEqual(['module', 'result']);
  });
});

describe('readEnvelope on every ret code', () => {
  const body = (ret: unknown[], data: unknown = {}) => JSON.stringify({ api: 'mtop.ae.ld.querydetail', data, ret, v: '1.0' });
  it.each([
    ['FAIL_SYS_TOKEN_EMPTY::令牌为空', 'token'],
    ['FAIL_SYS_TOKEN_EXOIRED::令牌过期', 'token'],
    ['FAIL_SYS_TOKEN_EXPIRED::令牌过期', 'token'],
    ['FAIL_SYS_ILLEGAL_ACCESS::非法请求', 'token'],
    ['FAIL_SYS_SESSION_EXPIRED::Session过期', 'logged_out'],
    ['NEED_LOGIN::请登录', 'logged_out'],
    ['FAIL_SYS_SID_INVALID::SID无效', 'logged_out'],
    ['FAIL_SYS_TRAFFIC_LIMIT::哎哟喂,被挤爆啦,请稍后重试', 'traffic_limit'],
    ['FAIL_SYS_USER_VALIDATE', 'verification'],
    ['SUCCESS::调用成功', 'ok'],
  ])('%s → %s', (ret, kind) => {
    expect(readEnvelope(body([ret])).kind).toBe(kind);
  });

  it('reports an unknown failure code as unreadable with the code itself', () => {
    expect(readEnvelope(body(['FAIL_BIZ_ORDER_NOT_FOUND::订单不存在']))).toEqual({ kind: 'unreadable', detail: 'FAIL_BIZ_ORDER_NOT_FOUND::订单不存在' });
  });

  it('refuses a success without a data object, an empty ret, or a non-string ret', () => {
    expect(readEnvelope(body(['SUCCESS::调用成功'], null))).toEqual({ kind: 'unreadable', detail: 'success without data' });
    expect(readEnvelope(body([]))).toEqual({ kind: 'unreadable', detail: 'empty ret' });
    expect(readEnvelope(body([42]))).toEqual({ kind: 'unreadable', detail: 'empty ret' });
  });
});

describe('readEnvelope on odd bodies', () => {
  it.each([
    ['', 'empty body'],
    ['   \n', 'empty body'],
    ['null', 'no ret array'],
    ['[1,2]', 'no ret array'],
    ['"SUCCESS"', 'no ret array'],
    ['undefined', 'invalid json'],
    ['mtopjsonp3(', 'invalid json'],
    ['{"ret": "SUCCESS::调用成功"}', 'no ret array'],
  ])('%j → unreadable (%s)', (text, detail) => {
    expect(readEnvelope(text)).toEqual({ kind: 'unreadable', detail });
  });

  it('accepts a BOM, JSONP with whitespace and semicolons, and the /**/ guard', () => {
    const json = '{"ret":["SUCCESS::调用成功"],"data":{"module":{}}}';
    for (const text of [`\uFEFF${json}`, `mtopjsonp12(${json})`, ` mtopjsonp3 (\n${json}\n) ;\n`, `/**/mtopjsonp1(${json});`]) {
      expect(readEnvelope(text)).toEqual({ kind: 'ok', data: { module: {} } });
    }
  });

  it.each([
    '<div class="baxia-dialog auto"></div>',
    '<html><body><div id="nc_1_wrapper"></div></body></html>',
    '<!DOCTYPE html><html><script>location.href="https://www.aliexpress.com//_____tmd_____/punish?x5secdata=x"</script></html>',
  ])('reads captcha HTML as verification: %s', (html) => {
    expect(readEnvelope(html).kind).toBe('verification');
  });

  it('does not mistake rich-text tags inside JSON for an HTML page', () => {
    const json = JSON.stringify({ ret: ['SUCCESS::调用成功'], data: { module: { tips: '<div class="baxia-dialog">punish</div>' } } });
    expect(readEnvelope(json).kind).toBe('ok');
  });
});

describe('unwrapJsonp', () => {
  it('leaves JSON untouched and strips any callback name', () => {
    expect(unwrapJsonp(' {"a":1} ')).toBe('{"a":1}');
    expect(unwrapJsonp('jQuery18302468013579_1557480000000({"a":1})')).toBe('{"a":1}');
  });
});
