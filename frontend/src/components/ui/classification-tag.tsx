import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Xuất sắc / Tốt / Khá / Trung bình / Yếu of a PAR index. */
export type Classification = 'EXCELLENT' | 'GOOD' | 'FAIR' | 'AVERAGE' | 'WEAK';

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
      {t(`classification.${value}`, { defaultValue: value })}
    </Tag>
  );
}
