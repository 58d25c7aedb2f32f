import type { Campaign, CampaignResults, Sheet, SheetItem, UnitProgress, UnitResult } from './types';

export const unitProgress = (unitId: number, patch: Partial<UnitProgress> = {}): UnitProgress => ({
  unitId,
  unitName: `Xã ${unitId}`,
  step: 'SELF_ASSESSMENT',
  late: false,
  submittedAt: null,
  appraisedAt: null,
  answered: 0,
  total: 4,
  ...patch,
});

export const sampleCampaign = (patch: Partial<Campaign> = {}): Campaign => ({
  id: 9,
  name: 'Đánh giá Chỉ số CCHC cấp xã năm 2026',
  year: 2026,
  criteriaSetId: 2,
  criteriaSetName: 'Bộ tiêu chí cấp xã 2026',
  status: 'RUNNING',
  councilDeadline: '2026-10-30',
  selfAssessmentDeadline: '2026-11-05',
  appraisalDeadline: '2026-11-20',
  sipasCode: '2.2',
  council: null,
  councilLate: false,
  approvedBy: null,
  approvedAt: null,
  publishedAt: null,
  today: '2026-10-20',
  units: [
    unitProgress(31, { unitName: 'Xã An Bình', step: 'SUBMITTED', answered: 4, submittedAt: '2026-11-01T03:00:00Z' }),
    unitProgress(32, { unitName: 'Xã Bình Minh', answered: 2, late: true }),
  ],
  ...patch,
});

export const sheetItem = (code: string, patch: Partial<SheetItem> = {}): SheetItem => ({
  code,
  title: `Tiêu chí ${code}`,
  fieldCode: code.split('.')[0],
  maxPoints: 2,
  guidance: null,
  evidenceRequired: null,
  answerType: 'POINTS',
  notApplicableAllowed: false,
  selfPoints: null,
  notApplicable: false,
  explanation: null,
  appraisedPoints: null,
  appraisalReason: null,
  evidence: [],
  ...patch,
});

export const sampleSheet = (patch: Partial<Sheet> = {}): Sheet => ({
  campaignId: 9,
  campaignName: 'Đánh giá Chỉ số CCHC cấp xã năm 2026',
  unitId: 31,
  unitName: 'Xã An Bình',
  step: 'SELF_ASSESSMENT',
  late: false,
  deadline: '2026-11-05',
  editable: true,
  canWithdraw: false,
  canAppraise: false,
  canExplain: false,
  explanationRequest: null,
  explanationDue: null,
  explanationReply: null,
  selfAchieved: 1.5,
  appraisedAchieved: 1.5,
  max: 7,
  items: [
    sheetItem('1.1', { selfPoints: 1.5, explanation: 'Đã ban hành kế hoạch', guidance: 'Ban hành trước 31/12', evidenceRequired: 'Kế hoạch CCHC' }),
    sheetItem('1.2', { answerType: 'YES_NO', maxPoints: 1 }),
    sheetItem('2.1', { notApplicableAllowed: true, maxPoints: 2 }),
    sheetItem('2.2', { maxPoints: 2 }),
  ],
  ...patch,
});

export const unitResult = (unitId: number, patch: Partial<UnitResult> = {}): UnitResult => ({
  unitId,
  unitName: `Xã ${unitId}`,
  achieved: 80,
  max: 100,
  index: 80,
  classification: 'GOOD',
  rank: 1,
  previousIndex: null,
  fields: [],
  ...patch,
});

export const sampleResults = (patch: Partial<CampaignResults> = {}): CampaignResults => ({
  campaignId: 9,
  campaignName: 'Đánh giá Chỉ số CCHC cấp xã năm 2026',
  year: 2026,
  published: true,
  criteriaSetId: 2,
  units: [
    unitResult(33, { unitName: 'Xã Cát Tiên', index: 71.5, achieved: 71.5, classification: 'FAIR', rank: 4, previousIndex: 75 }),
    unitResult(31, {
      unitName: 'Xã An Bình',
      index: 91.25,
      achieved: 91.25,
      classification: 'EXCELLENT',
      rank: 1,
      previousIndex: 88,
      fields: [
        { code: '1', title: 'Công tác chỉ đạo, điều hành', achieved: 9.5, max: 10 },
        { code: '2', title: 'Cải cách thủ tục hành chính', achieved: 81.75, max: 90 },
      ],
    }),
    unitResult(34, { unitName: 'Xã Đông Hòa', index: 85, achieved: 85, classification: 'GOOD', rank: 2 }),
    unitResult(32, { unitName: 'Xã Bình Minh', index: 85, achieved: 85, classification: 'GOOD', rank: 2, previousIndex: 85 }),
  ],
  ...patch,
});
