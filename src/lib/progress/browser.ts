// Opens the progress store on the browser's localStorage, or returns null when storage is blocked
// (private modes, disabled cookies): pages then work without saving.

import { ProgressStore } from './store.ts';

/** The learner's progress store, or null when localStorage is unavailable. */
export function openProgressStore(): ProgressStore | null {
  try {
    const storage = window.localStorage;
    const probe = 'stagecraft:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return new ProgressStore(storage);
  } catch {
    return null;
  }
}
