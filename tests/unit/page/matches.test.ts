import { NOT_OURS, PAGE_EXAMPLES, detectPage } from '../../../src/aliexpress/urls';
import { ORDER_PAGE_SCRIPT, ORDERS_SCRIPT } from '../../../src/page/matches';

// Which content script runs where: the manifest's match patterns let a script in, the URL detector
// decides whether it acts. Every page kind must reach exactly one script.

const SCRIPTS = { orders: ORDERS_SCRIPT, 'order-page': ORDER_PAGE_SCRIPT } as const;
type ScriptName = keyof typeof SCRIPTS;

/** Chrome's match-pattern semantics: `*` scheme = http(s); `*.host` = host and its subdomains; path glob over path + query. */
function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`invalid match pattern ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const u = new URL(url);
  if (scheme === '*' ? !['http:', 'https:'].includes(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (host.startsWith('*.') ? !(u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1))) : host !== '*' && u.hostname !== host) return false;
  const glob = new RegExp(`^${path.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(u.pathname + u.search);
}

const runsOn = (url: string): ScriptName[] =>
  (Object.keys(SCRIPTS) as ScriptName[]).filter((name) => SCRIPTS[name].matches.some((p) => matchesPattern(p, url)));

const acts = (name: ScriptName, url: string): boolean => {
  const kind = detectPage(url);
  return kind !== null && (SCRIPTS[name].kinds as readonly string[]).includes(kind);
};

describe('content script scopes', () => {
  it('every pattern is a valid match pattern', () => {
    for (const { matches } of Object.values(SCRIPTS)) for (const p of matches) expect(() => matchesPattern(p, 'https://www.aliexpress.com/')).not.toThrow();
  });

  it('every page kind belongs to exactly one script', () => {
    const kinds = Object.values(SCRIPTS).flatMap((s) => [...s.kinds]);
    expect([...kinds].sort()).toEqual(Object.keys(PAGE_EXAMPLES).sort());
  });

  it.each(Object.entries(PAGE_EXAMPLES).flatMap(([kind, urls]) => urls.map((url) => [kind, url] as const)))('%s: %s runs and acts in one script', (kind, url) => {
    const owner = (Object.keys(SCRIPTS) as ScriptName[]).find((name) => (SCRIPTS[name].kinds as readonly string[]).includes(kind));
    expect(owner).toBeDefined();
    expect(runsOn(url)).toContain(owner);
    expect(runsOn(url).filter((name) => acts(name, url))).toEqual([owner]);
  });

  it('the .ru order list pattern also lets the list script into .ru order pages, where it does nothing', () => {
    const detail = 'https://aliexpress.ru/order-list/5000123456789012';
    expect(runsOn(detail).sort()).toEqual(['order-page', 'orders']);
    expect(acts('orders', detail)).toBe(false);
    expect(acts('order-page', detail)).toBe(true);
  });

  it('no script acts on URLs that are not ours, and none runs on other hosts', () => {
    for (const url of NOT_OURS.filter((u) => URL.canParse(u))) for (const name of runsOn(url)) expect(acts(name, url), url).toBe(false);
    expect(runsOn('https://example.org/p/order/index.html')).toEqual([]);
    expect(runsOn('https://www.aliexpress.com/')).toEqual([]);
    expect(runsOn('https://www.aliexpress.com/item/1005001234567890.html')).toEqual([]);
  });
});
