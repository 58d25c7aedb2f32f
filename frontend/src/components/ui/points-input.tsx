import { InputNumber, type InputNumberProps } from 'antd';

/**
 * A number input for points and other decimals: shows a comma ("13,5") and accepts both
 * "13,5" and "13.5" as typed, like the official tables.
 */
export function PointsInput(props: InputNumberProps<number>) {
  return <InputNumber<number> min={0} step={0.5} decimalSeparator="," style={{ width: '100%' }} {...props} />;
}
