import type { ModalFuncProps } from 'antd';
import i18n from 'i18next';
import type { ReactNode } from 'react';

/** One thing two people changed at once: its key (an item code) and the sentence showing both values. */
export type StaleRow = { key: string; text: ReactNode };

type Options = {
  title: ReactNode;
  rows: StaleRow[];
  /** save again over the current version */
  onKeepMine: () => unknown;
  /** drop this person's values and show the current ones */
  onTakeTheirs: () => void;
};

/**
 * A write was refused because someone saved the same thing after this page read it (409 with the
 * current value): both values side by side, and the person chooses. One dialog for the sheet and
 * every other form that sends a version. Its buttons' words are the app's own (core strings), whatever page
 * group is loaded.
 */
export function confirmStaleChoice(modal: { confirm: (config: ModalFuncProps) => unknown }, options: Options) {
  return modal.confirm({
    title: options.title,
    width: 560,
    content: (
      <ul data-testid="stale-items">
        {options.rows.map((row) => (
          <li key={row.key} data-testid={`stale-${row.key}`}>
            {row.text}
          </li>
        ))}
      </ul>
    ),
    okText: i18n.t('staleChoice.keepMine'),
    cancelText: i18n.t('staleChoice.takeTheirs'),
    onOk: () => options.onKeepMine(),
    onCancel: () => options.onTakeTheirs(),
  });
}
