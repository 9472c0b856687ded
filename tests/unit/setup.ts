import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every test starts from an empty in-memory browser (storage, alarms, runtime listeners).
beforeEach(() => {
  fakeBrowser.reset();
});
