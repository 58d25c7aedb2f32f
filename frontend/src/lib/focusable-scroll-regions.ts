/**
 * A table that scrolls sideways must be reachable by keyboard (WCAG 2.1.1; axe's
 * scrollable-region-focusable): antd renders its scrolling body without a tab stop, so every
 * scrolling table body under root gets tabindex="0" as it appears. Returns the disconnect.
 */
export function keepScrollRegionsFocusable(root: HTMLElement): () => void {
  let scheduled = false;
  const mark = () => {
    scheduled = false;
    root.querySelectorAll<HTMLElement>('.ant-table-body, .ant-table-content').forEach((el) => {
      if (!el.hasAttribute('tabindex')) el.tabIndex = 0;
    });
  };
  mark();
  const observer = new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(mark);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
