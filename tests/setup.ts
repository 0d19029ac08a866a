// Every unit test gets a fresh in-memory IndexedDB (Dexie runs on it) and
// WXT's fake browser API, reset between tests.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
