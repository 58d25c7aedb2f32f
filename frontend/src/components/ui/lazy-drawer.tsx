import type { DrawerProps } from 'antd';
import { lazy, Suspense, useRef } from 'react';

// antd's Drawer (and the Skeleton it imports) is its own chunk, fetched the first time a drawer opens:
// the phone menu and the phone's notification list are never opened on a desktop's first load
const Drawer = lazy(() => import('antd/es/drawer'));

/** antd's Drawer, loaded when first opened (nothing is shown while it is closed anyway). */
export function LazyDrawer(props: DrawerProps) {
  const opened = useRef(false);
  if (props.open) opened.current = true;
  return opened.current ? (
    <Suspense fallback={null}>
      <Drawer {...props} />
    </Suspense>
  ) : null;
}
