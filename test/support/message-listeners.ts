import { vi } from 'vitest';

/** Counts the `message` listeners attached to window from now on (spies; restore them after the test). */
export function trackMessageListeners() {
  const add = vi.spyOn(window, 'addEventListener');
  const remove = vi.spyOn(window, 'removeEventListener');
  const count = (spy: typeof add) => spy.mock.calls.filter(([type]) => type === 'message').length;
  return { added: () => count(add), active: () => count(add) - count(remove) };
}
