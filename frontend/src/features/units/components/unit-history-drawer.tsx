import { Drawer, Empty, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { levelName, usePublicConfig } from '@/lib/public-config';
import { useIsPhone } from '@/lib/use-is-phone';
import { useUnitHistory } from '../hooks/use-unit-history';
import type { Unit } from '../types';

type Props = { unit: Unit | undefined; onClose: () => void };

/** The audit trail of one unit: who changed it, when, from where, and each changed field before → after. */
export function UnitHistoryDrawer({ unit, onClose }: Props) {
  const { t } = useTranslation();
  const history = useUnitHistory(unit?.id);
  const levels = usePublicConfig().data?.levels;
  const language = currentLanguage();
  const phone = useIsPhone();
  // levels are stored as codes: shown by their names, as in the table
  const value = (field: string, v: string | null) => (v === null || v === '' ? '—' : field === 'level' ? levelName(levels, v, language) : v);

  return (
    <Drawer open={unit !== undefined} onClose={onClose} title={t('units.historyTitle', { name: unit?.name ?? '' })} size={phone ? 'default' : 'large'} data-testid="unit-history">
      {history.error ? <ErrorAlert error={history.error} /> : null}
      {history.isLoading ? (
        <Spin />
      ) : !history.data?.length ? (
        history.error ? null : <Empty description={t('units.historyEmpty')} />
      ) : (
        <Timeline
          items={[...history.data].reverse().map((change) => ({
            key: change.revision,
            children: (
              <div data-testid="unit-history-change">
                <Typography.Text strong>{formatDateTime(change.at)}</Typography.Text> — {change.byName ?? change.by}
                {change.byName && change.by && change.byName !== change.by ? <Typography.Text type="secondary"> ({change.by})</Typography.Text> : null}
                {change.clientAddress ? <Typography.Text type="secondary"> · {change.clientAddress}</Typography.Text> : null}
                <div>{t(`units.historyKind.${change.kind}`)}</div>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {change.changes.map((c) => (
                    <li key={c.field}>
                      {t(`units.historyField.${c.field}`, { defaultValue: c.field })}: {value(c.field, c.before)} → {value(c.field, c.after)}
                    </li>
                  ))}
                </ul>
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
