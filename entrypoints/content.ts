import { startContentScript } from '@/src/page/main';

export default defineContentScript({
  matches: ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*', '*://aliexpress.ru/*', '*://*.aliexpress.ru/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx);
  },
});
