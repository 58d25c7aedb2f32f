import { Grid } from 'antd';

/**
 * True on a phone: below antd's md breakpoint (768 px). There the app shows a drawer menu, a compact
 * header and cards instead of tables. (A media query that matches nothing, as in jsdom, means a desktop.)
 */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false && (screens.xs === true || screens.sm === true);
}
