import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import i18n from '@/lib/i18n';
import { vi as allStrings } from '@/locales/vi';
import { mediaQueryList } from './phone';

// the app fetches each page's strings with the page (router.tsx); tests render pages directly, with all of them
i18n.addResourceBundle('vi', 'translation', allStrings, true, true);

// findBy*/waitFor wait up to 10 s: antd pages render slowly in jsdom when the machine is busy
// (the build runs the backend's tests beside these), and a wrong page still fails after the wait
configure({ asyncUtilTimeout: 10_000 });

// A failing getBy* prints the whole document into its error. waitFor/findBy* retry on every DOM change (many while
// an antd page loads) and throw away all those errors but the last, to which waitFor adds the document when it gives
// up; so the retries (run with Testing Library's internal flag _disableExpensiveErrorDiagnostics set) skip the
// printing. An error that reaches a test still shows the document.
const printDocumentError = getConfig().getElementError;
configure({
  getElementError: (message, container) => {
    if (!(getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })._disableExpensiveErrorDiagnostics) return printDocumentError(message, container);
    const error = new Error(message ?? '');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

// Every test renders antd through AppProvider: below it antd injects only the CSS rules that decide what is
// visible or clickable, which keeps jsdom's getComputedStyle fast (see antd-styles.tsx)
vi.mock('@/app/provider', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/app/provider')>();
  const { withVisibilityStylesOnly } = await import('./antd-styles');
  return { ...actual, AppProvider: withVisibilityStylesOnly(actual.AppProvider) };
});

// jsdom lacks what antd measures with
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => mediaQueryList(query, false),
  });
}
if (!('ResizeObserver' in window)) {
  class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver });
}
const originalGetComputedStyle = window.getComputedStyle.bind(window);
// jsdom does not implement pseudo-element styles, which antd asks for
window.getComputedStyle = (element: Element) => originalGetComputedStyle(element);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.cookie.split(';').forEach((c) => {
    const name = c.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });
});

