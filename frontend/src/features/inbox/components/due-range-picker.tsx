import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { DueRangeProps } from './due-range-filter';

/** antd's RangePicker over the inbox's due-date filter (its own chunk: see DueRangeFilter). */
export default function DueRangePicker({ from, to, onChange, placeholder, ariaLabel, width, autoFocus }: DueRangeProps & { autoFocus: boolean }) {
  return (
    <DatePicker.RangePicker
      format="DD/MM/YYYY"
      allowEmpty={[true, true]}
      placeholder={placeholder}
      aria-label={ariaLabel}
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      onChange={(range) => onChange(range?.[0]?.format('YYYY-MM-DD') ?? null, range?.[1]?.format('YYYY-MM-DD') ?? null)}
      style={width ? { width } : undefined}
      autoFocus={autoFocus}
      defaultOpen={autoFocus}
      data-testid="inbox-filter-due"
    />
  );
}
