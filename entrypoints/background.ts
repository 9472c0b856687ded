import { handleMessage } from '@/src/background/router';

export default defineBackground(() => {
  // MV3: listeners are registered synchronously at top level; the worker keeps no state in globals.
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
});
