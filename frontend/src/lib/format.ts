/**
 * Display formats of the app, always in the time zone of Vietnam whatever the browser's zone:
 * dates dd/MM/yyyy, date-times dd/MM/yyyy HH:mm, numbers with a comma as decimal separator.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

type DateInput = Date | string | number | null | undefined;

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function toDate(value: DateInput): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function parts(date: Date) {
  const map: Record<string, string> = {};
  for (const p of dateParts.formatToParts(date)) map[p.type] = p.value;
  return map;
}

/** 2026-11-21T18:30:00Z → "22/11/2026" (the date in Hà Nội). Empty string for no/invalid date. */
export function formatDate(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** 2026-11-21T18:30:00Z → "22/11/2026 01:30". */
export function formatDateTime(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** 2026-11-21T18:30:00Z → "01:30" (the time in Hà Nội). */
export function formatTime(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const p = parts(date);
  return `${p.hour}:${p.minute}`;
}

/** 1234.5 → "1.234,5" (vi-VN). maximumFractionDigits defaults to 2. */
export function formatNumber(value: number | null | undefined, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits, minimumFractionDigits }).format(value);
}

/** Max / achieved points, up to three decimals as official tables publish them: 13.5 → "13,5", 13.567 → "13,567". */
export function formatPoints(value: number | null | undefined): string {
  return formatNumber(value, 3);
}

