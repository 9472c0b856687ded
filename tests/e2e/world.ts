import type { BrowserContext, Route } from '@playwright/test';
import { fulfillWithFixture } from './harness';

/**
 * A fake AliExpress + carriers world for e2e tests and the demo: pages served at their real URLs,
 * querydetail answers per order id, Cainiao answers per number. Every request is logged so tests can
 * assert politeness (how often, what was asked).
 */
export interface World {
  /** Page URL (origin + pathname) → fixture path under tests/fixtures. */
  pages: Record<string, string>;
  /** Pages opened by the demo, in order: name → URL. */
  tour: Record<string, string>;
}

export interface WorldLog {
  requests: string[];
}

export async function routeWorld(context: BrowserContext, world: World): Promise<WorldLog> {
  const log: WorldLog = { requests: [] };
  const servePage = (route: Route) => {
    const url = new URL(route.request().url());
    log.requests.push(url.href);
    const path = world.pages[url.origin + url.pathname];
    return path ? fulfillWithFixture(route, path) : route.fulfill({ status: 404, body: 'not in the fixture world' });
  };
  await context.route(/^https:\/\/([a-z]+\.)?aliexpress\.(com|us|ru)\//, servePage);
  return log;
}

export const DEMO_WORLD: World = {
  pages: {
    'https://www.aliexpress.com/p/order/index.html': 'pages/orders-minimal.html',
  },
  tour: {
    'my-orders': 'https://www.aliexpress.com/p/order/index.html',
  },
};
