import { startContentScript } from '@/src/page/main';

export default defineContentScript({
  matches: ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*', '*://aliexpress.ru/*', '*://*.aliexpress.ru/*'],
  runAt: 'document_idle',
  // Our CSS goes into each ParcelLens shadow root, never into AliExpress's document.
  cssInjectionMode: 'ui',
  main(ctx) {
    startContentScript(ctx);
  },
});
