import type { AlertProps } from 'antd';
import { lazy, Suspense } from 'react';

// antd's Alert is its own chunk: the pages that show one only on an error or a special case
// (ErrorAlert, the inbox's drill-down note) do not carry it on their first load
const Alert = lazy(() => import('antd/es/alert'));

/** antd's Alert, fetched when first shown. */
export function LazyAlert(props: AlertProps) {
  return (
    <Suspense fallback={null}>
      <Alert {...props} />
    </Suspense>
  );
}
