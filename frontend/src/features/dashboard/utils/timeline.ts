import type { Timeline, TimelineItem } from '../types';

/** done green, due within 7 days orange, overdue red, later blue. */
export type PointState = 'done' | 'dueSoon' | 'overdue' | 'open';

export const POINT_COLORS: Record<PointState, string> = { done: '#389e0d', dueSoon: '#d46b08', overdue: '#cf1322', open: '#1677ff' };

export type TimelinePoint = TimelineItem & { state: PointState; at: number };

export type TimelineRow = { key: string; kind: TimelineItem['kind']; label: string; link: string; points: TimelinePoint[] };

const DAY = 86_400_000;
const utc = (isoDate: string) => Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);

/** Where a day falls in its year, from 0 (1 January) to 1 (31 December); clamped to the year. */
export function yearFraction(isoDate: string, year: number): number {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / DAY - 1;
  return Math.min(1, Math.max(0, (utc(isoDate) - start) / DAY / days));
}

export function pointState(item: Pick<TimelineItem, 'date' | 'open' | 'overdue'>, today: string): PointState {
  if (item.overdue > 0) return 'overdue';
  if (item.open === 0) return 'done';
  return (utc(item.date) - utc(today)) / DAY <= 7 ? 'dueSoon' : 'open';
}

/** "Thành lập Hội đồng – Chiến dịch 2026" → the campaign's name (milestone labels start with the milestone). */
const campaignName = (label: string) => (label.includes(' – ') ? label.slice(label.indexOf(' – ') + 3) : label);

/** One row per campaign (its three milestones) and per plan (its task due dates), campaigns first. */
export function timelineRows(timeline: Timeline): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  for (const item of timeline.items) {
    const campaign = item.kind === 'CAMPAIGN_MILESTONE';
    const key = campaign ? `c${item.campaignId}` : `p${item.planId}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        kind: item.kind,
        label: campaign ? campaignName(item.label) : item.label,
        link: campaign ? `/campaigns/${item.campaignId}` : `/improvement-plans/${item.planId}`,
        points: [],
      };
      rows.set(key, row);
    }
    row.points.push({ ...item, state: pointState(item, timeline.today), at: yearFraction(item.date, timeline.year) });
  }
  return [...rows.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'CAMPAIGN_MILESTONE' ? -1 : 1));
}
