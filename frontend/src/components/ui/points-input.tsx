import { InputNumber, type InputNumberProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '@/lib/format';

/**
 * A number input for points and other decimals: shows a comma ("13,5") and accepts both
 * "13,5" and "13.5" as typed, like the official tables.
 *
 * `max` is not handed to antd, which would silently turn 5 into 1 on a 1-point item: the value
 * stays as typed, the box turns red and says what the most is (the page refuses to save it).
 */
export function PointsInput({ max, status, ...props }: InputNumberProps<number>) {
  const { t } = useTranslation();
  const limit = typeof max === 'number' ? max : undefined;
  const over = limit !== undefined && typeof props.value === 'number' && props.value > limit + 1e-9;
  return (
    <>
      <InputNumber<number>
        min={0}
        step={0.5}
        decimalSeparator=","
        style={{ width: '100%' }}
        {...props}
        status={over ? 'error' : status}
        aria-invalid={over || undefined}
      />
      {over ? (
        <div role="alert" style={{ color: '#cf1322', fontSize: 12 }} data-testid="points-over-max">
          {t('validation.pointsMax', { max: formatPoints(limit) })}
        </div>
      ) : null}
    </>
  );
}
