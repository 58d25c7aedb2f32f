import type { ApiAnswer, Schemas } from '@/lib/api-paths';

/** A row of GET /api/criteria-sets; level: the unit-level code of the units assessed with this set (PROVINCE, DISTRICT, …). */
export type CriteriaSetSummary = Schemas['CriteriaSetViewSummary'];

/** DRAFT or PUBLISHED (a string in the document). */
export type CriteriaSetStatus = CriteriaSetSummary['status'];

/** Lower bounds of the index for each classification (below `average` = Yếu). */
export type Thresholds = Schemas['Thresholds'];

/** RATE: a band of the rate, from its lower bound (inclusive or not), worth its points. */
export type RateBand = Schemas['RateBand'];

/**
 * A field (depth 1), criterion (2) or sub-criterion (3…); id and version null in an import preview.
 * RATE: what the unit counts and out of what (numeratorLabel, denominatorLabel), bands from the
 * highest bound down; DEDUCTION: pointsPerEvent lost per event (never below 0); section: a field
 * outside the scored 100, BONUS (added to the index) or PENALTY (taken off), capped by its max;
 * childrenSum: the children's max points, null for a leaf.
 */
export type CriteriaNode = Schemas['CriteriaNodeView'];

export type AnswerType = CriteriaNode['answerType'];
export type Section = NonNullable<CriteriaNode['section']>;

/**
 * GET /api/criteria-sets/{id}: the set with its fields, each with its children; bonusMaxPoints and
 * penaltyMaxPoints the caps of the bonus and penalty sections (0 when none); indexCappedAt100: the
 * index with its bonus stays at most 100 (true) or may pass it.
 */
export type CriteriaSet = Schemas['CriteriaSetView'];

/** Body of POST /api/criteria-sets and PUT /api/criteria-sets/{id} (thresholds and indexCappedAt100: the defaults when left out). */
export type CriteriaSetRequest = Schemas['CriteriaRequestsSetRequest'];

/** Body of POST /api/criteria-sets/{id}/copy */
export type CopyCriteriaSetRequest = Schemas['CriteriaRequestsCopyRequest'];

/** Body of POST and PUT …/nodes; section for fields only; version on a change: the one read (a stale one is a 409 with the current set). */
export type CriteriaNodeRequest = Schemas['CriteriaRequestsNodeRequest'];

/** GET /api/criteria-sets/{newerId}/diff?against={olderId} */
export type CriteriaDiff = Schemas['CriteriaControllerDiff'];
/** A code added, removed or changed between two sets; before/after null on the side it is missing from. */
export type DiffChange = Schemas['CriteriaServiceChange'];
/** ADDED, REMOVED or CHANGED (a string in the document). */
export type DiffKind = DiffChange['kind'];
export type DiffSide = Schemas['CriteriaServiceChangeSide'];

/** Answer of POST /api/criteria-sets/import/preview (nothing saved); warnings: guidance that mentions a rate or deduction in words not read for sure (the row imports as "Điểm"). */
export type ImportPreview = Schemas['CriteriaImporterPreview'];

/** Not an API type: what the import wizard sends as the multipart form of POST /api/criteria-sets/import. */
export type ImportCriteriaSetRequest = { file: File; name: string; year: number; level: string };

/** One answer of the score simulator (points null: not answered). */
export type ScoreAnswer = Schemas['IndexCalculatorAnswer'];
/** Answer of POST /api/criteria-sets/{id}/score: achieved, max, index (rescaled to 100), classification, per field. */
export type ScoreResult = Schemas['IndexCalculatorScore'];
export type FieldScore = Schemas['IndexCalculatorFieldScore'];
export type Classification = ScoreResult['classification'];

/** One row of the responsibility matrix: a field (depth 1) or a criterion (depth 2); own false: a criterion showing the assignment inherited from its field. */
export type ResponsibilityRow = Schemas['ResponsibilityServiceRow'];

/** GET /api/criteria-sets/{setId}/responsibilities: one row per field and criterion. */
export type Responsibilities = Schemas['ResponsibilityServiceMatrix'];

/** Body of PUT /api/criteria-sets/{setId}/responsibilities/{nodeId} */
export type ResponsibilityRequest = Schemas['ResponsibilityServiceAssignRequest'];

/** Answer of POST /api/criteria-sets/{setId}/responsibilities/import: {updated: the rows changed}. */
export type ResponsibilityImportResult = ApiAnswer<'/api/criteria-sets/{setId}/responsibilities/import', 'post'>;
