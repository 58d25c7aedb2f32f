import type { Schemas } from '@/lib/api-paths';
import type { CoordinatorDashboard, DashboardUnit, ScoreDashboard, Timeline } from './types';

export const unitRow = (unitId: number, patch: Partial<DashboardUnit> = {}): DashboardUnit => ({
  unitId,
  unitName: `Phòng ${unitId}`,
  open: 3,
  dueSoon: 1,
  overdue: 0,
  doneOnTime: 2,
  doneLate: 0,
  onTimeRate: 100,
  nextDueDate: '2026-06-30',
  rank: 1,
  ...patch,
});

export const coordinator = (patch: Partial<CoordinatorDashboard> = {}): CoordinatorDashboard => ({
  year: 2026,
  open: 12,
  dueSoon: 3,
  overdue: 5,
  doneOnTime: 9,
  doneLate: 3,
  onTimeRate: 75,
  organisationOnTimeRate: 75,
  unitCount: 3,
  narrowedBy: '',
  units: [
    unitRow(11, { unitName: 'Phòng Tư pháp', rank: 1, onTimeRate: 100, overdue: 0 }),
    unitRow(12, { unitName: 'Phòng Nội vụ', rank: 2, onTimeRate: 66.7, overdue: 2, nextDueDate: '2026-03-31' }),
    unitRow(13, { unitName: 'Văn phòng HĐND và UBND', rank: 3, onTimeRate: 50, overdue: 3, doneLate: 2 }),
  ],
  support: null,
  supportUnits: null,
  ...patch,
});

export const scores = (patch: Partial<ScoreDashboard> = {}): ScoreDashboard => ({
  planId: 3,
  planName: 'Kế hoạch nâng cao Chỉ số CCHC năm 2026',
  assumption: 'Dự báo giả định: mục có mọi nhiệm vụ đã được chấp nhận hoặc còn trong hạn sẽ đạt mục tiêu.',
  max: 30,
  achieved: 20,
  target: 27,
  projected: 24,
  projectedIndex: 80,
  fields: [
    { code: '1', title: 'Công tác chỉ đạo, điều hành', max: 10, achieved: 6, target: 9, secured: 7, projected: 8 },
    { code: '2', title: 'Cải cách thể chế', max: 20, achieved: 14, target: 18, secured: 14, projected: 16 },
  ],
  year: 2026,
  ownerUnitId: 12,
  ownerUnitName: 'Phòng Nội vụ',
  history: [
    { year: 2024, index: 71.2, classification: 'FAIR', rank: null, of: null, source: 'BASELINE' },
    { year: 2025, index: 66.67, classification: 'AVERAGE', rank: 9, of: 14, source: 'CAMPAIGN' },
    { year: 2026, index: 80, classification: null, rank: null, of: null, source: 'PROJECTED' },
  ],
  ranking: { campaignId: 5, campaignName: 'Xác định Chỉ số CCHC 2025', year: 2025, rank: 9, of: 14, index: 66.67, projectedRank: 4 },
  ...patch,
});

export const timeline = (patch: Partial<Timeline> = {}): Timeline => ({
  year: 2026,
  today: '2026-11-22',
  doneByMonth: [0, 0, 2, 0, 0, 4, 0, 0, 0, 0, 1, 0],
  items: [
    { kind: 'CAMPAIGN_MILESTONE', label: 'Thành lập Hội đồng – Xác định Chỉ số CCHC 2026', date: '2026-10-30', planId: null, campaignId: 5, open: 0, done: 1, overdue: 0 },
    { kind: 'CAMPAIGN_MILESTONE', label: 'Tự đánh giá – Xác định Chỉ số CCHC 2026', date: '2026-11-05', planId: null, campaignId: 5, open: 2, done: 2, overdue: 2 },
    { kind: 'PLAN_DEADLINE', label: 'Kế hoạch nâng cao Chỉ số CCHC năm 2026', date: '2026-11-25', planId: 3, campaignId: null, open: 1, done: 0, overdue: 0 },
  ],
  ...patch,
});

/** A plan's results of its baseline assessment (the score dashboard needs one). */
export const baseline = (patch: Partial<Schemas['PlanViewBaseline']> = {}): Schemas['PlanViewBaseline'] => ({
  totalMax: 30,
  totalAchieved: 20,
  index: 66.67,
  classification: 'AVERAGE',
  fields: [],
  ...patch,
});

/** A saved plan as GET /api/improvement-plans lists it (items empty). */
export const plan = (id: number, patch: Partial<Schemas['PlanView']> = {}): Schemas['PlanView'] => ({
  id,
  name: `Kế hoạch ${id}`,
  year: 2026,
  status: 'ACTIVE',
  source: 'IMPORT',
  ownerUnitId: 12,
  ownerUnitName: 'Phòng Nội vụ',
  campaignId: null,
  baseline: null,
  items: [],
  taskCount: 0,
  activation: null,
  approvedAt: null,
  approvedBy: null,
  activatedAt: null,
  updatedAt: '2026-03-05T03:00:00Z',
  ...patch,
});
