import { StyleProvider, type CSSObject, type Transformer } from '@ant-design/cssinjs';
import type { ComponentType, ReactNode } from 'react';

/*
 * Why: antd injects ~3,000 CSS rules, and jsdom's window.getComputedStyle (called by Testing Library's *ByRole
 * visibility check, by user-event's pointer-events check before every click, and by antd's own measuring) matches
 * every rule against the element and each of its ancestors. Its selector engine (nwsapi) keeps only 1,000 compiled
 * selectors in an LRU cache, so going through 3,000 rules in order misses every time and recompiles each selector:
 * the page tests spent about three quarters of their time there.
 *
 * So in tests antd keeps only the declarations that decide whether an element is seen or can be clicked: display,
 * visibility, opacity and pointer-events (a few hundred rules, well under that 1,000). Closed popups, inactive tab
 * panes and disabled controls stay hidden / unclickable exactly as with the full styles; colours, sizes and spacing,
 * which jsdom does not lay out anyway, are dropped. (Inline styles, which the toHaveStyle checks read, are untouched.)
 */
const DECIDES_VISIBILITY = new Set(['display', 'visibility', 'opacity', 'pointerEvents']);

/** A nested selector block (`'&:hover': {…}`, `'@media …': {…}`), as opposed to a property's value object. */
function isNestedBlock(value: unknown) {
  return typeof value === 'object' && value !== null && !('_keyframe' in value) && !('_skip_check_' in value) && !('_multi_value_' in value);
}

const onlyVisibility: Transformer = {
  visit: (style) =>
    Object.fromEntries(Object.entries(style).filter(([key, value]) => DECIDES_VISIBILITY.has(key) || isNestedBlock(value))) as CSSObject,
};

/** Wraps the app's provider so that antd, below it, injects only the rules above (used by setup.ts for every test). */
export function withVisibilityStylesOnly<P extends { children?: ReactNode }>(Provider: ComponentType<P>) {
  return function TestProvider(props: P) {
    return (
      <StyleProvider transformers={[onlyVisibility]}>
        <Provider {...props} />
      </StyleProvider>
    );
  };
}
