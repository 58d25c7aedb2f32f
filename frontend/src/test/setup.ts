import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig } from '@testing-library/react';
import { Modal, message, notification } from 'antd';
import { afterAll, afterEach, vi } from 'vitest';
import { mediaQueryList } from './phone';

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
  // antd's static message/notification/modal render into roots of their own, outside what cleanup() unmounts
  message.destroy();
  notification.destroy();
  Modal.destroyAll();
  vi.restoreAllMocks();
  document.cookie.split(';').forEach((c) => {
    const name = c.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });
});

// React finishes an unmount in a scheduler task (setImmediate); that task can still be queued when Vitest tears jsdom
// down after the file's last test, and then fails on the missing window ("window is not defined", an unhandled
// error that fails the run). Let the queue drain while the window exists.
afterAll(async () => {
  vi.useRealTimers();
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 20));
});
