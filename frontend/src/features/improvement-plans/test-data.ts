import type { Deadline, PlanItem, SavedPlan } from './types';

export const deadline = (patch: Partial<Deadline> = {}): Deadline => ({
  kind: 'DATE',
  text: '30/6/2026',
  firstDue: '2026-06-30',
  occurrences: 1,
  needsAttention: false,
  setDue: '2026-06-30',
  ...patch,
});

export const fieldRow = (row: number, code: string, title: string): PlanItem => ({
  id: null,
  row,
  code,
  title,
  max: 13.5,
  achieved: 10.25,
  target: null,
  tasks: null,
  leadUnitId: null,
  leadUnit: null,
  supportingUnitIds: [],
  supportingUnits: [],
  unitNote: null,
  expectedOutput: null,
  requirement: null,
  deadline: deadline({ kind: 'NONE', text: null, firstDue: null, occurrences: 0 }),
});

export const taskRow = (row: number, code: string, title: string, patch: Partial<PlanItem> = {}): PlanItem => ({
  id: null,
  row,
  code,
  title,
  max: 2,
  achieved: 1,
  target: 2,
  tasks: 'Ban hành kế hoạch đúng hạn',
  leadUnitId: 11,
  leadUnit: 'Phòng Nội vụ',
  supportingUnitIds: [12],
  supportingUnits: ['Văn phòng HĐND và UBND'],
  unitNote: null,
  expectedOutput: 'Kế hoạch',
  requirement: 'Đúng hạn',
  deadline: deadline(),
  ...patch,
});

export const samplePlan = (patch: Partial<SavedPlan> = {}): SavedPlan => ({
  id: 3,
  name: 'Kế hoạch nâng cao Chỉ số CCHC năm 2026 – UBND huyện A',
  year: 2026,
  ownerUnitId: 5,
  ownerUnitName: 'UBND huyện A',
  status: 'DRAFT',
  source: 'IMPORT',
  baseline: {
    totalMax: 100,
    totalAchieved: 78.5,
    index: 78.5,
    classification: 'GOOD',
    fields: [
      { code: '1', title: 'Công tác chỉ đạo, điều hành CCHC', max: 13.5, achieved: 10.25 },
      { code: '2', title: 'Cải cách thể chế', max: 86.5, achieved: 68.25 },
    ],
  },
  items: [
    { ...fieldRow(2, '1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC'), id: 100 },
    { ...taskRow(3, '1.1', 'Kế hoạch CCHC năm'), id: 101 },
    {
      ...taskRow(4, '1.2', 'Tuyên truyền CCHC', {
        supportingUnitIds: [12, 13, 14, 15, 16],
        supportingUnits: ['Văn phòng', 'Phòng Tư pháp', 'Phòng Tài chính', 'Phòng Y tế', 'Phòng Văn hóa'],
        deadline: deadline({ kind: 'UNPARSED', text: 'khi có yêu cầu', firstDue: null, occurrences: 0, needsAttention: true }),
      }),
      id: 102,
    },
  ],
  taskCount: 0,
  approvedBy: null,
  approvedAt: null,
  activatedAt: null,
  updatedAt: '2026-03-05T03:00:00Z',
  ...patch,
});
