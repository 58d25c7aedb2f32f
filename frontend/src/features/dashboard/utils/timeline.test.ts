import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../types';
import { pointState, timelineRows, yearFraction } from './timeline';

const item = (over: Partial<TimelineItem>): TimelineItem => ({
  kind: 'PLAN_DEADLINE',
  label: 'Kế hoạch 2026',
  date: '2026-06-30',
  planId: 3,
  campaignId: null,
  open: 1,
  done: 0,
  overdue: 0,
  ...over,
});

describe('timeline', () => {
  it('places days on the year', () => {
    expect(yearFraction('2026-01-01', 2026)).toBe(0);
    expect(yearFraction('2026-12-31', 2026)).toBe(1);
    expect(yearFraction('2026-07-02', 2026)).toBeCloseTo(0.5, 2);
    expect(yearFraction('2027-02-01', 2026)).toBe(1);
  });

  it('colours overdue red, finished green, due within a week orange and the rest blue', () => {
    const today = '2026-11-22';
    expect(pointState(item({ date: '2026-11-01', overdue: 2, open: 2 }), today)).toBe('overdue');
    expect(pointState(item({ date: '2026-11-01', open: 0, done: 3 }), today)).toBe('done');
    expect(pointState(item({ date: '2026-11-29' }), today)).toBe('dueSoon');
    expect(pointState(item({ date: '2026-11-30' }), today)).toBe('open');
  });

  it('makes one row per campaign and per plan, campaigns first, named after the campaign', () => {
    const rows = timelineRows({
      year: 2026,
      today: '2026-11-22',
      doneByMonth: [],
      items: [
        item({ date: '2026-03-31' }),
        item({ kind: 'CAMPAIGN_MILESTONE', label: 'Thành lập Hội đồng – Xác định Chỉ số 2026', planId: null, campaignId: 5, date: '2026-10-30', open: 0, done: 1 }),
        item({ date: '2026-12-31' }),
        item({ kind: 'CAMPAIGN_MILESTONE', label: 'Tự đánh giá – Xác định Chỉ số 2026', planId: null, campaignId: 5, date: '2026-11-05', overdue: 1 }),
      ],
    });
    expect(rows.map((r) => [r.label, r.link, r.points.length])).toEqual([
      ['Xác định Chỉ số 2026', '/campaigns/5', 2],
      ['Kế hoạch 2026', '/improvement-plans/3', 2],
    ]);
    expect(rows[0].points.map((p) => p.state)).toEqual(['done', 'overdue']);
  });
});
