import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Classification, CriteriaSetStatus, DiffKind } from '../types';

export function CriteriaStatusTag({ status }: { status: CriteriaSetStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'PUBLISHED' ? 'green' : 'gold'} data-testid="criteria-status">
      {t(`criteria.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}

const CLASSIFICATION_COLORS: Record<Classification, string> = {
  EXCELLENT: 'green',
  GOOD: 'blue',
  FAIR: 'cyan',
  AVERAGE: 'orange',
  WEAK: 'red',
};

export function ClassificationTag({ value }: { value: Classification }) {
  const { t } = useTranslation();
  return (
    <Tag color={CLASSIFICATION_COLORS[value] ?? 'default'} data-testid="classification">
      {t(`criteria.classification.${value}`, { defaultValue: value })}
    </Tag>
  );
}

export const DIFF_COLORS: Record<DiffKind, string> = { ADDED: 'green', REMOVED: 'red', CHANGED: 'orange' };

export function DiffKindTag({ kind }: { kind: DiffKind }) {
  const { t } = useTranslation();
  return <Tag color={DIFF_COLORS[kind] ?? 'default'}>{t(`criteria.diffKinds.${kind}`, { defaultValue: kind })}</Tag>;
}
