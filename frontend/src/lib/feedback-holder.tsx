import { App } from 'antd';
import type { useAppProps } from 'antd/es/app/context';
import { useEffect } from 'react';

function Ready({ onReady }: { onReady: (app: useAppProps) => void }) {
  const app = App.useApp();
  useEffect(() => onReady(app), [app, onReady]);
  return null;
}

/** antd's App without its root element (FeedbackProvider draws it): the holders of message, notification and modal. */
export default function FeedbackHolder({ onReady }: { onReady: (app: useAppProps) => void }) {
  return (
    <App component={false}>
      <Ready onReady={onReady} />
    </App>
  );
}
