import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepForOffline, OFFLINE_CACHE_KEY } from './offline-cache';

const me = { username: 'xa01', displayName: 'Đặng Văn Giang', roles: ['UNIT_HEAD'], unit: null };
const inbox = { pages: [{ items: [{ id: 'w1', title: 'Rà soát thủ tục hành chính' }], nextCursor: null }], pageParams: [null] };

afterEach(() => vi.useRealTimers());

/** A Storage over a Map the test can look into. */
function memoryStorage(): [Map<string, string>, Storage] {
  const storage = new Map<string, string>();
  const local = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  } as Storage;
  return [storage, local];
}

describe('keepForOffline', () => {
  it('keeps who is logged in and the inbox lists, nothing else, and restores them in a new tab', () => {
    vi.useFakeTimers();
    const [storage, local] = memoryStorage();
    const first = new QueryClient();
    const stop = keepForOffline(first, local);
    first.setQueryData(['me'], me);
    first.setQueryData(['inbox', 'list', null, false, {}], inbox);
    first.setQueryData(['inbox', 'improvement-task', 7], { id: 7 });
    first.setQueryData(['dashboard', 'coordinator'], { open: 3 });
    expect(storage.get(OFFLINE_CACHE_KEY)).toBeUndefined();
    vi.advanceTimersByTime(1_000);
    stop();

    const second = new QueryClient();
    keepForOffline(second, local)();
    expect(second.getQueryData(['me'])).toEqual(me);
    expect(second.getQueryData(['inbox', 'list', null, false, {}])).toEqual(inbox);
    expect(second.getQueryData(['inbox', 'improvement-task', 7])).toBeUndefined();
    expect(second.getQueryData(['dashboard', 'coordinator'])).toBeUndefined();
  });

  it('forgets everything when nobody is logged in, restores as stale, ignores what is older than 7 days or unreadable', () => {
    vi.useFakeTimers();
    const [storage, local] = memoryStorage();
    const client = new QueryClient();
    const stop = keepForOffline(client, local);
    client.setQueryData(['me'], me);
    client.setQueryData(['inbox', 'list', null, false, {}], inbox);
    vi.advanceTimersByTime(1_000);
    const kept = storage.get(OFFLINE_CACHE_KEY)!;
    // logging out (or a 401): nobody is logged in, so nothing is kept, at once
    client.setQueryData(['me'], null);
    expect(storage.has(OFFLINE_CACHE_KEY)).toBe(false);
    stop();
    const after = new QueryClient();
    keepForOffline(after, local)();
    expect(after.getQueryData(['me'])).toBeUndefined();
    expect(after.getQueryData(['inbox', 'list', null, false, {}])).toBeUndefined();

    // restored, what was kept is stale: online, it is read again when shown
    storage.set(OFFLINE_CACHE_KEY, kept);
    const restored = new QueryClient();
    keepForOffline(restored, local)();
    expect(restored.getQueryState(['me'])?.isInvalidated).toBe(true);

    storage.set(OFFLINE_CACHE_KEY, JSON.stringify({ savedAt: Date.now() - 8 * 24 * 3_600_000, state: JSON.parse(kept).state }));
    const old = new QueryClient();
    keepForOffline(old, local)();
    expect(old.getQueryData(['me'])).toBeUndefined();

    storage.set(OFFLINE_CACHE_KEY, '{not json');
    const broken = new QueryClient();
    keepForOffline(broken, local)();
    expect(storage.has(OFFLINE_CACHE_KEY)).toBe(false);
  });
});
