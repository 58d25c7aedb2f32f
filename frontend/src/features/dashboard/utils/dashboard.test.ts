import { describe, expect, it } from 'vitest';
import { baseline, coordinator, plan, unitRow } from '../test-data';
import { campaignFilterOptions, drillDownLink, overdueByUnit, percentOf, planFilterOptions, plansWithBaseline, scoreBar, visibleCounters } from './dashboard';

describe('score bars', () => {
  it('stacks achieved, secured, projected and the gain at risk over max, with the target marker', () => {
    const bar = scoreBar({ code: '1', title: 'Chỉ đạo', max: 10, achieved: 6, secured: 7, projected: 8, target: 9 });
    expect(bar.segments).toEqual({ achieved: 60, secured: 10, projected: 10, atRisk: 10 });
    expect(bar.targetAt).toBe(90);
    expect(bar.shortfall).toBe(1);
  });

  it('keeps the segments inside the bar and cumulative even with odd values', () => {
    const bar = scoreBar({ code: '2', title: 'Cải cách thể chế', max: 4, achieved: 3.5, secured: 3, projected: 5, target: 4.5 });
    // secured below achieved counts as achieved; projected and target beyond max stop at the end
    expect(bar.segments).toEqual({ achieved: 87.5, secured: 0, projected: 12.5, atRisk: 0 });
    expect(bar.targetAt).toBe(100);
    expect(bar.title).toBe('Cải cách thể chế');
    const sum = Object.values(bar.segments).reduce((a, b) => a + b, 0);
    expect(sum).toBeLessThanOrEqual(100);
  });

  it('draws nothing for a field without points', () => {
    const bar = scoreBar({ code: '3', title: 'X', max: 0, achieved: 0, secured: 0, projected: 0, target: 0 });
    expect(bar.segments).toEqual({ achieved: 0, secured: 0, projected: 0, atRisk: 0 });
    expect(percentOf(5, 0)).toBe(0);
  });
});

describe('task counters', () => {
  it("shows a unit head the sums of their own rows, not the organisation's", () => {
    const d = coordinator({ units: [unitRow(12, { open: 4, dueSoon: 2, overdue: 1, doneOnTime: 1, doneLate: 2, rank: 2 })] });
    expect(visibleCounters(d, false)).toEqual({ open: 4, dueSoon: 2, overdue: 1, doneOnTime: 1, doneLate: 2, onTimeRate: 33.3 });
    expect(visibleCounters(d, true).open).toBe(12);
    expect(visibleCounters(coordinator({ units: [] }), false).onTimeRate).toBeNull();
  });

  it('charts only units with overdue tasks, most first', () => {
    expect(overdueByUnit(coordinator().units).map((u) => u.unitId)).toEqual([13, 12]);
  });

  it('offers plans with a baseline, the chosen year first', () => {
    const base = baseline({ totalMax: 100, totalAchieved: 80, index: 80, classification: 'GOOD' });
    const plans = [
      plan(1, { name: 'A', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: null, baseline: null }),
      plan(2, { name: 'B', year: 2025, status: 'CLOSED', ownerUnitId: 12, campaignId: null, baseline: base }),
      plan(3, { name: 'C', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: 5, baseline: base }),
    ];
    expect(plansWithBaseline(plans, 2026).map((p) => p.id)).toEqual([3, 2]);
  });

  it("offers a unit head only their own unit's plans", () => {
    const base = baseline({ totalMax: 100, totalAchieved: 80, index: 80, classification: 'GOOD' });
    const plans = [
      plan(1, { name: 'A', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: null, baseline: base }),
      plan(2, { name: 'B', year: 2026, status: 'ACTIVE', ownerUnitId: 13, campaignId: null, baseline: base }),
    ];
    expect(plansWithBaseline(plans, 2026, 13).map((p) => p.id)).toEqual([2]);
    expect(plansWithBaseline(plans, 2026).map((p) => p.id)).toEqual([1, 2]);
  });
});

describe('task dashboard filters', () => {
  it("offers the year's plans, only the chosen campaign's when one is chosen", () => {
    const plans = [
      plan(1, { name: 'A', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: null, baseline: null }),
      plan(2, { name: 'B', year: 2025, status: 'CLOSED', ownerUnitId: 12, campaignId: 4, baseline: null }),
      plan(3, { name: 'C', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: 5, baseline: null }),
      plan(4, { name: 'D', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: 6, baseline: null }),
    ];
    expect(planFilterOptions(plans, 2026, undefined).map((p) => p.id)).toEqual([1, 3, 4]);
    expect(planFilterOptions(plans, 2026, 5).map((p) => p.id)).toEqual([3]);
    expect(planFilterOptions(plans, 2025, 5)).toEqual([]);
  });

  it("offers the campaigns of the year and the year before (a year's plans come from the year before's campaign)", () => {
    const campaigns = [
      { id: 1, year: 2024 },
      { id: 2, year: 2025 },
      { id: 3, year: 2026 },
      { id: 4, year: 2027 },
    ];
    expect(campaignFilterOptions(campaigns, 2026).map((c) => c.id)).toEqual([2, 3]);
  });
});

describe('drillDownLink', () => {
  it("opens one unit's, every unit's or the caller's open work, with the counter's status", () => {
    expect(drillDownLink({ unitId: 12 })).toBe('/unit-tasks?unitId=12');
    expect(drillDownLink({ allUnits: true, status: 'OVERDUE' })).toBe('/unit-tasks?allUnits=true&status=OVERDUE');
    expect(drillDownLink({ allUnits: false, status: 'DUE_SOON' })).toBe('/unit-tasks?status=DUE_SOON');
    expect(drillDownLink({})).toBe('/unit-tasks');
  });
});
