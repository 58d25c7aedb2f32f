import type { Schemas } from '@/lib/api-paths';

/**
 * GET /api/campaigns/{id}: dates "yyyy-MM-dd", instants ISO; `today` the server's date (Hà Nội); a unit's
 * people get only their own unit; `council` null until set up (its secretary null when none was named).
 */
export type Campaign = Schemas['CampaignView'];
export type CampaignStatus = Campaign['status'];

/** A unit's step in the campaign, whether it is late, and its answered/total items. */
export type UnitProgress = Schemas['CampaignViewUnitProgress'];
export type UnitStep = UnitProgress['step'];

/** Body of POST /api/campaigns; null dates default to 30/10, 05/11, 20/11 of the year. */
export type CreateCampaignRequest = Schemas['CampaignServiceCreateRequest'];

/** Body of POST /api/campaigns/{id}/council */
export type CouncilRequest = Schemas['CampaignServiceCouncilRequest'];

/** A row of GET /api/criteria-sets; a campaign can only use the PUBLISHED ones. */
export type CriteriaSetOption = Schemas['CriteriaSetViewSummary'];

/** A field (top-level node of GET /api/criteria-sets/{id}): its title, and its max (a bonus or penalty section's cap). */
export type CriteriaField = Pick<Schemas['CriteriaNodeView'], 'code' | 'title' | 'maxPoints'>;

/** GET /api/campaigns/{id}/units/{unitId}/assessment */
export type Sheet = Schemas['SheetView'];

/**
 * An item of the sheet: RATE items carry labels, bands and figures, DEDUCTION items points per event
 * and events; `section` BONUS or PENALTY outside the scored 100; `rounds` the unit's own score first,
 * then the council's rounds; `version` null while unanswered (a stale one is refused with 409).
 */
export type SheetItem = Schemas['SheetViewItem'];

/** One entry of PUT …/answers: the whole answer of an item (the backend overwrites points, N/A and explanation). */
export type AnswerRequest = Schemas['SelfAssessmentAnswerRequest'];

/** One entry of PUT …/appraisal (figures: the council's, when it changes a RATE/DEDUCTION item's). */
export type AppraisalRequest = Schemas['AppraisalAppraisalRequest'];

/** Body of POST …/request-explanation */
export type ExplanationRequestBody = Schemas['AppraisalExplanationRequest'];

/** Body of POST …/explain: a general reply, and item by item where the unit has something to say about an item. */
export type ExplainBody = Schemas['CampaignControllerExplainRequest'];

/** One change of an item: GET …/answers/{code}/history (oldest first). */
export type ItemChange = Schemas['AnswerHistoryChange'];
export type ItemValues = Schemas['AnswerHistoryValues'];

/** GET /api/campaigns/{id}/results (also /api/public/campaigns/{id}/results once published) */
export type CampaignResults = Schemas['CampaignResultsResults'];

/**
 * `achieved`/`max` over the scored fields; `index` = achieved / max × 100 + bonus − penalty (bonus and
 * penalty capped by their sections), from the last closed round; the index of the unit's own scores
 * and of each closed round beside it (null before the round is closed).
 */
export type UnitResult = Schemas['CampaignResultsUnitResult'];
export type FieldScore = Schemas['IndexCalculatorFieldScore'];

/** GET /api/campaigns/{id}/losses?unitId=: an item below its max, the points lost and why, by round. */
export type Loss = Schemas['CampaignResultsLoss'];

/** POST /api/improvement-plans/generate-from/{campaignId}: the draft plan (only its id is used, to open it). */
export type GeneratedPlan = Schemas['PlanView'];
