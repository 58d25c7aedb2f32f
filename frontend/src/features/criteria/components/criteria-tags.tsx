import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CriteriaSetStatus, DiffKind } from '../types';

export function CriteriaStatusTag({ status }: { status: CriteriaSetStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'PUBLISHED' ? 'green' : 'gold'} data-testid="criteria-status">
      {t(`criteria.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}

// shared with the improvement plans
export { ClassificationTag } from '@/components/ui/classification-tag';

export const DIFF_COLORS: Record<DiffKind, string> = { ADDED: 'green', REMOVED: 'red', CHANGED: 'orange' };

export function DiffKindTag({ kind }: { kind: DiffKind }) {
  const { t } = useTranslation();
  return <Tag color={DIFF_COLORS[kind] ?? 'default'}>{t(`criteria.diffKinds.${kind}`, { defaultValue: kind })}</Tag>;
}
