import { Drawer, Empty, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatPoints } from '@/lib/format';
import { useItemHistory } from '../hooks/use-sheet';
import type { ItemValues } from '../types';

type Props = { campaignId: number; unitId: number; code: string | undefined; onClose: () => void };

/** The audit trail of one item: who changed what, when, from where, before → after. */
export function ItemHistoryDrawer({ campaignId, unitId, code, onClose }: Props) {
  const { t } = useTranslation();
  const history = useItemHistory(campaignId, unitId, code);

  const describe = (values: ItemValues | null) => {
    if (!values) return '—';
    const parts = [
      values.notApplicable ? t('sheet.notApplicable') : `${t('sheet.selfShort')}: ${formatPoints(values.selfPoints)}`,
    ];
    if (values.appraisedPoints !== null) parts.push(`${t('sheet.appraised')}: ${formatPoints(values.appraisedPoints)}`);
    if (values.appraisalReason) parts.push(`${t('sheet.reason')}: ${values.appraisalReason}`);
    if (values.explanation) parts.push(`${t('sheet.explanation')}: ${values.explanation}`);
    return parts.join(' · ');
  };

  return (
    <Drawer open={code !== undefined} onClose={onClose} title={t('sheet.historyTitle', { code })} data-testid="item-history">
      {history.isLoading ? (
        <Spin />
      ) : !history.data?.length ? (
        <Empty description={t('sheet.historyEmpty')} />
      ) : (
        <Timeline
          items={[...history.data].reverse().map((change) => ({
            key: change.revision,
            children: (
              <div data-testid="history-change">
                <Typography.Text strong>{formatDateTime(change.at)}</Typography.Text> — {change.by}
                {change.clientAddress ? <Typography.Text type="secondary"> ({change.clientAddress})</Typography.Text> : null}
                <div>
                  {t('sheet.before')}: {describe(change.before)}
                </div>
                <div>
                  {t('sheet.after')}: {describe(change.after)}
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
