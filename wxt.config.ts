import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Hosts ParcelLens talks to. Everything else is out of bounds: no backend, no telemetry.
 * AliExpress pages are matched by the content script; carrier hosts are fetched by the background.
 */
const ALIEXPRESS_HOSTS = ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*', '*://aliexpress.ru/*', '*://*.aliexpress.ru/*'];
const CARRIER_HOSTS = ['https://global.cainiao.com/*'];
/** Keyed aggregators: asked for only when the user enables one in the options page. */
const OPTIONAL_HOSTS = ['https://api.17track.net/*', 'https://api.ship24.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact()],
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
