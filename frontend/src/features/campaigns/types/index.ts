import type { Classification } from '@/components/ui/classification-tag';

export type CampaignStatus = 'RUNNING' | 'PUBLISHED';
export type UnitStep = 'SELF_ASSESSMENT' | 'SUBMITTED' | 'EXPLANATION' | 'APPRAISED';
export const UNIT_STEPS: UnitStep[] = ['SELF_ASSESSMENT', 'SUBMITTED', 'EXPLANATION', 'APPRAISED'];

export type Council = { members: string; chair: string; secretary: string | null; setUpAt: string };

export type UnitProgress = {
  unitId: number;
  unitName: string;
  step: UnitStep;
  late: boolean;
  submittedAt: string | null;
  appraisedAt: string | null;
  answered: number;
  total: number;
};

/** GET /api/campaigns/{id}: dates "yyyy-MM-dd", instants ISO; a unit's people get only their own unit. */
export type Campaign = {
  id: number;
  name: string;
  year: number;
  criteriaSetId: number;
  criteriaSetName: string;
  status: CampaignStatus;
  councilDeadline: string;
  selfAssessmentDeadline: string;
  appraisalDeadline: string;
  sipasCode: string | null;
  council: Council | null;
  councilLate: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  /** the server's date (Hà Nội), "yyyy-MM-dd" */
  today: string;
  units: UnitProgress[];
};

/** Body of POST /api/campaigns; null dates default to 30/10, 05/11, 20/11 of the year. */
export type CreateCampaignRequest = {
  name: string;
  year: number;
  criteriaSetId: number;
  assessedUnitIds: number[];
  councilDeadline: string | null;
  selfAssessmentDeadline: string | null;
  appraisalDeadline: string | null;
  sipasCode: string | null;
};

export type CouncilRequest = { members: string; chair: string; secretary: string | null };

/** GET /api/criteria-sets, as the campaign form needs it */
export type CriteriaSetOption = { id: number; name: string; year: number; level: string; status: string };

/** A field (top-level node) of a criteria set: its title, and its max (a bonus or penalty section's cap). */
export type CriteriaField = { code: string; title: string; maxPoints: number };

export type AnswerType = 'POINTS' | 'YES_NO' | 'RATE' | 'DEDUCTION';

/** A rate at or above (`inclusive`) or above `lowerPercent` gives `points`. */
export type RateBand = { lowerPercent: number; inclusive: boolean; points: number };

export type Evidence = { id: number; filename: string; size: number };

/** A field outside the scored 100: bonus points added to the index, penalty points taken off (each capped). */
export type Section = 'BONUS' | 'PENALTY';

/**
 * One round of an item's score: 0 the unit's own (reason: its explanation), 1 and 2 the council's
 * appraisal rounds; `closed` once the council closed the round (chốt điểm).
 */
export type SheetRound = {
  round: number;
  points: number | null;
  numerator: number | null;
  denominator: number | null;
  events: number | null;
  reason: string | null;
  by: string | null;
  at: string | null;
  closed: boolean;
};

export type SheetItem = {
  code: string;
  title: string;
  fieldCode: string;
  /** BONUS or PENALTY for an item outside the scored 100 */
  section: Section | null;
  maxPoints: number;
  guidance: string | null;
  evidenceRequired: string | null;
  answerType: AnswerType;
  notApplicableAllowed: boolean;
  /** RATE: labels and bands; the unit reports numerator of denominator and the points follow */
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  bands: RateBand[];
  /** DEDUCTION: points lost per event, from the max down to 0 */
  pointsPerEvent: number | null;
  selfPoints: number | null;
  numerator: number | null;
  denominator: number | null;
  events: number | null;
  notApplicable: boolean;
  explanation: string | null;
  appraisedPoints: number | null;
  appraisalReason: string | null;
  /** the figures the council set, when it changed them */
  appraisedNumerator: number | null;
  appraisedDenominator: number | null;
  appraisedEvents: number | null;
  /** the unit's explanation of this item after round 1 (giải trình) */
  reply: string | null;
  /** the item round by round, the unit's own first */
  rounds: SheetRound[];
  evidence: Evidence[];
  /** The answer's version (null while unanswered): sent back with a write, a stale one is refused with 409. */
  version: number | null;
  updatedBy: string | null;
  updatedAt: string | null;
};

/** GET /api/campaigns/{id}/units/{unitId}/assessment */
export type Sheet = {
  campaignId: number;
  campaignName: string;
  unitId: number;
  unitName: string;
  step: UnitStep;
  late: boolean;
  deadline: string;
  editable: boolean;
  canWithdraw: boolean;
  canAppraise: boolean;
  canExplain: boolean;
  explanationRequest: string | null;
  explanationDue: string | null;
  explanationReply: string | null;
  /** the round the council works in (1, or 2 after the unit explained) and the last it closed (0 while none) */
  appraisalRound: number;
  closedRound: number;
  selfAchieved: number;
  appraisedAchieved: number;
  max: number;
  items: SheetItem[];
};

/** One entry of PUT …/answers: the whole answer of an item (the backend overwrites points, N/A and explanation). */
export type AnswerRequest = {
  code: string;
  points: number | null;
  notApplicable: boolean;
  explanation: string | null;
  version: number | null;
  /** RATE: the figures (the server computes the points from them) */
  numerator?: number | null;
  denominator?: number | null;
  /** DEDUCTION: the count of events */
  events?: number | null;
};

/** One entry of PUT …/appraisal */
export type AppraisalRequest = {
  code: string;
  appraisedPoints: number | null;
  reason: string | null;
  version: number | null;
  /** RATE/DEDUCTION: the council's figures, when it changes them (the points follow) */
  numerator?: number | null;
  denominator?: number | null;
  events?: number | null;
};

/** One change of an item: GET …/answers/{code}/history (oldest first). */
export type ItemValues = {
  selfPoints: number | null;
  notApplicable: boolean;
  explanation: string | null;
  appraisedPoints: number | null;
  appraisalReason: string | null;
};
export type ItemChange = {
  revision: number;
  at: string;
  by: string;
  clientAddress: string | null;
  before: ItemValues | null;
  after: ItemValues | null;
};

export type ExplanationRequestBody = { request: string; dueDate: string };

export type FieldScore = { code: string; title: string; achieved: number; max: number };

/**
 * `achieved`/`max` over the scored fields; `index` = achieved / max × 100 + bonus − penalty (bonus and
 * penalty capped by their sections), from the last closed round; the index of the unit's own scores
 * and of each closed round beside it (null before the round is closed).
 */
export type UnitResult = {
  unitId: number;
  unitName: string;
  achieved: number;
  max: number;
  bonus: number;
  penalty: number;
  index: number;
  selfIndex: number | null;
  round1Index: number | null;
  round2Index: number | null;
  closedRound: number;
  classification: Classification;
  rank: number;
  previousIndex: number | null;
  fields: FieldScore[];
};

/** GET /api/campaigns/{id}/results (also /api/public/campaigns/{id}/results once published) */
export type CampaignResults = {
  campaignId: number;
  campaignName: string;
  year: number;
  published: boolean;
  criteriaSetId: number;
  units: UnitResult[];
};

/** GET /api/campaigns/{id}/losses?unitId= */
export type Loss = {
  code: string;
  title: string;
  fieldCode: string;
  max: number;
  achieved: number;
  lost: number;
  reason: string | null;
  /** the item's points in the unit's own score and in each closed round (null before) */
  self: number | null;
  round1: number | null;
  round2: number | null;
};

/** POST /api/improvement-plans/generate-from/{campaignId}: only the id is used (to open the plan) */
export type GeneratedPlan = { id: number };
