import type { Entry, IndicatorTask, MovementDetail, Nomination, Scoreboard, ScoreboardRow, Target } from './types';

export const levelsConfig = [
  { code: 'DEPARTMENT', nameVi: 'Sở, ban, ngành', nameEn: 'Department' },
  { code: 'DISTRICT', nameVi: 'Huyện, thị xã, thành phố thuộc tỉnh', nameEn: 'District' },
  { code: 'COMMUNE', nameVi: 'Xã, phường, thị trấn', nameEn: 'Commune' },
];

const target = (t: Partial<Target> & Pick<Target, 'code' | 'title'>): Target => ({
  group: 'Công tác chỉ đạo, điều hành',
  source: 'ENTERED',
  kind: 'PERCENT',
  comparator: 'AT_LEAST',
  numeratorLabel: null,
  denominatorLabel: null,
  thresholds: { DEPARTMENT: 95, DISTRICT: 95, COMMUNE: 95 },
  basis: null,
  ...t,
});

export const sampleTargets = (): Target[] => [
  target({
    code: 'ORDERS_ON_TIME',
    title: 'Thực hiện mệnh lệnh hành chính cấp trên đúng hạn',
    source: 'COMPUTED',
    basis: 'Tỷ lệ nhiệm vụ cải thiện của đơn vị báo cáo đúng hạn trên tổng số nhiệm vụ đến hạn.',
  }),
  target({
    code: 'DISBURSEMENT',
    group: 'Kết quả thực hiện nhiệm vụ',
    title: 'Tỷ lệ giải ngân vốn đầu tư công',
    numeratorLabel: 'Vốn đã giải ngân (triệu đồng)',
    denominatorLabel: 'Kế hoạch vốn được giao (triệu đồng)',
    thresholds: { DEPARTMENT: 95, DISTRICT: 95 },
  }),
  target({ code: 'INITIATIVE', group: 'Kết quả thực hiện nhiệm vụ', title: 'Có sáng kiến cải cách hành chính', kind: 'YES_NO', thresholds: { DEPARTMENT: 1, DISTRICT: 1, COMMUNE: 1 } }),
  target({
    code: 'DISCIPLINED_STAFF',
    group: 'Kỷ luật, kỷ cương',
    title: 'Cán bộ, công chức bị xử lý kỷ luật',
    kind: 'COUNT',
    comparator: 'AT_MOST',
    thresholds: { DEPARTMENT: 0, DISTRICT: 0, COMMUNE: 0 },
  }),
];

export const sampleMovement = (overrides: Partial<MovementDetail> = {}): MovementDetail => ({
  id: 5,
  year: 2026,
  name: 'Nâng cao trách nhiệm người đứng đầu trong thực hiện các nhiệm vụ cải cách hành chính',
  levels: ['DEPARTMENT', 'DISTRICT', 'COMMUNE'],
  awardLimit: 10,
  nominationCount: 2,
  targets: sampleTargets(),
  ...overrides,
});

const ind = (code: string, value: number | null, met: boolean | null, source: 'COMPUTED' | 'ENTERED' = 'ENTERED', numerator: number | null = null, denominator: number | null = null) => ({
  code,
  value,
  numerator,
  denominator,
  threshold: null,
  met,
  source,
});

export const departmentRow = (overrides: Partial<ScoreboardRow> = {}): ScoreboardRow => ({
  rank: 1,
  unitId: 21,
  unitName: 'Sở Nội vụ',
  level: 'DEPARTMENT',
  headName: 'Nguyễn Văn An',
  headUsername: 'an.nv',
  met: 3,
  applicable: 4,
  nominated: false,
  indicators: [
    ind('ORDERS_ON_TIME', 96.5, true, 'COMPUTED', 193, 200),
    ind('DISBURSEMENT', 97.25, true),
    ind('INITIATIVE', 1, true),
    ind('DISCIPLINED_STAFF', 1, false),
  ],
  ...overrides,
});

export const communeRow = (overrides: Partial<ScoreboardRow> = {}): ScoreboardRow => ({
  rank: 2,
  unitId: 31,
  unitName: 'UBND xã An Bình',
  level: 'COMMUNE',
  headName: 'Trần Thị Bình',
  headUsername: 'binh.tt',
  met: 1,
  applicable: 3,
  nominated: true,
  indicators: [ind('ORDERS_ON_TIME', 80, false, 'COMPUTED', 4, 5), ind('INITIATIVE', null, null), ind('DISCIPLINED_STAFF', 0, true)],
  ...overrides,
});

export const sampleScoreboard = (overrides: Partial<Scoreboard> = {}): Scoreboard => ({
  movementId: 5,
  year: 2026,
  awardLimit: 10,
  unitCount: 2,
  targets: sampleTargets().map(({ code, title, kind, comparator, source }) => ({ code, title, kind, comparator, source })),
  rows: [departmentRow(), communeRow()],
  ...overrides,
});

export const sampleTasks = (): IndicatorTask[] => [
  {
    taskId: 71,
    planId: 3,
    planName: 'Kế hoạch nâng cao Chỉ số CCHC năm 2026',
    label: 'Rà soát, công khai thủ tục hành chính',
    itemCode: '1.2',
    dueOn: '2026-03-31',
    submittedOn: '2026-03-30',
    status: 'ACCEPTED',
    onTime: true,
  },
  {
    taskId: 72,
    planId: 3,
    planName: 'Kế hoạch nâng cao Chỉ số CCHC năm 2026',
    label: 'Số hóa hồ sơ',
    itemCode: '2.1',
    dueOn: '2026-06-30',
    submittedOn: '2026-07-05',
    status: 'ACCEPTED',
    onTime: false,
  },
];

export const sampleEntry = (overrides: Partial<Entry> = {}): Entry => ({
  id: 90,
  unitId: 21,
  unitName: 'Sở Nội vụ',
  targetCode: 'DISBURSEMENT',
  period: 'Q3',
  numerator: 1945,
  denominator: 2000,
  note: 'Theo báo cáo của Sở Tài chính',
  enteredBy: 'noivu',
  enteredAt: '2026-10-05T02:30:00Z',
  current: true,
  evidence: [{ id: 7, filename: 'bao-cao-giai-ngan-q3.pdf' }],
  ...overrides,
});

export const sampleNomination = (overrides: Partial<Nomination> = {}): Nomination => ({
  id: 41,
  unitId: 31,
  unitName: 'UBND xã An Bình',
  headName: 'Trần Thị Bình',
  reason: 'Hoàn thành vượt mức các chỉ tiêu',
  proposedBy: 'noivu',
  proposedAt: '2026-11-20T03:00:00Z',
  met: 1,
  applicable: 3,
  ...overrides,
});
