import { vi } from 'vitest';

/**
 * Makes the window a phone of the given width for antd's breakpoints: (min-width)/(max-width)
 * media queries are answered against it. Undone by vi.unstubAllGlobals().
 */
export function phoneViewport(width = 390) {
  const matches = (query: string) =>
    [...query.matchAll(/\((min|max)-width:\s*([\d.]+)px\)/g)].every(([, kind, px]) => (kind === 'min' ? width >= Number(px) : width <= Number(px)));
  vi.stubGlobal('matchMedia', (query: string) => mediaQueryList(query, matches(query)));
}

/** What window.matchMedia answers, with listeners that do nothing (jsdom has no media queries). */
export function mediaQueryList(query: string, matches: boolean) {
  return {
    matches,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  };
}
