import type { useAppProps } from 'antd/es/app/context';
import { ConfigContext } from 'antd/es/config-provider/context';
import useStyle from 'antd/es/app/style';
import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

type Fire<F extends (...args: never[]) => unknown> = (...args: Parameters<F>) => void;
type MessageKind = 'success' | 'error' | 'info' | 'warning' | 'loading';

/** Toasts and confirmation dialogs: antd's message and modal.confirm, as App.useApp() gives them. */
export type Feedback = {
  message: { [K in MessageKind]: Fire<useAppProps['message'][K]> };
  modal: { confirm: Fire<useAppProps['modal']['confirm']> };
};

const FeedbackContext = createContext<Feedback | null>(null);

// antd's message, notification and modal (with the Modal, its buttons and motion, ~15 KB gzip) are
// their own chunk, fetched on the first toast or confirmation: most first loads show neither
const Holder = lazy(() => import('./feedback-holder'));

/**
 * What antd's <App> does for the app, with its message and modal code loaded on first use: the
 * root element with antd's base text style, and useFeedback() for every page.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const api = useRef<useAppProps | null>(null);
  const queue = useRef<((app: useAppProps) => void)[]>([]);
  const onReady = useCallback((app: useAppProps) => {
    api.current = app;
    const waiting = queue.current;
    queue.current = [];
    waiting.forEach((call) => call(app));
  }, []);
  const value = useMemo<Feedback>(() => {
    const run = (call: (app: useAppProps) => void) => {
      if (api.current) {
        call(api.current);
      } else {
        queue.current.push(call);
        setWanted(true);
      }
    };
    const kinds: MessageKind[] = ['success', 'error', 'info', 'warning', 'loading'];
    const message = Object.fromEntries(
      kinds.map((kind) => [kind, (...args: unknown[]) => run((app) => void (app.message[kind] as (...a: unknown[]) => unknown)(...args))]),
    ) as Feedback['message'];
    return { message, modal: { confirm: (config) => run((app) => void app.modal.confirm(config)) } };
  }, []);

  const { getPrefixCls, direction } = useContext(ConfigContext);
  const prefixCls = getPrefixCls('app');
  const [hashId, cssVarCls] = useStyle(prefixCls);
  return (
    <FeedbackContext.Provider value={value}>
      <div className={[hashId, prefixCls, cssVarCls, direction === 'rtl' ? `${prefixCls}-rtl` : ''].filter(Boolean).join(' ')}>
        {wanted ? (
          <Suspense fallback={null}>
            <Holder onReady={onReady} />
          </Suspense>
        ) : null}
        {children}
      </div>
    </FeedbackContext.Provider>
  );
}

/** The app's toasts and confirmations (inside AppProvider). */
export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useFeedback() outside FeedbackProvider (AppProvider)');
  return feedback;
}
