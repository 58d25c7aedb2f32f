export type CriteriaSetStatus = 'DRAFT' | 'PUBLISHED';
import type { RateBand } from '@/lib/item-scoring';

export type { RateBand };
export type AnswerType = 'POINTS' | 'YES_NO' | 'RATE' | 'DEDUCTION';
export type Classification = 'EXCELLENT' | 'GOOD' | 'FAIR' | 'AVERAGE' | 'WEAK';
export type DiffKind = 'ADDED' | 'REMOVED' | 'CHANGED';

/** A row of GET /api/criteria-sets */
export type CriteriaSetSummary = {
  id: number;
  name: string;
  year: number;
  /** unit-level code of the units assessed with this set (PROVINCE, DISTRICT, …) */
  level: string;
  status: CriteriaSetStatus;
  totalMaxPoints: number;
  nodeCount: number;
  copiedFromId: number | null;
  updatedAt: string;
};

/** Lower bounds of the index for each classification (below `average` = Yếu). */
export type Thresholds = {
  excellent: number;
  good: number;
  fair: number;
  average: number;
};

/** A field (depth 1), criterion (2) or sub-criterion (3…). id is null in an import preview. */
export type CriteriaNode = {
  id: number | null;
  code: string;
  title: string;
  maxPoints: number;
  guidance: string | null;
  evidence: string | null;
  answerType: AnswerType;
  notApplicableAllowed: boolean;
  /** RATE: what the unit counts (e.g. "Số hồ sơ trực tuyến") and out of what */
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /** RATE: bands from the highest bound down; empty otherwise */
  bands: RateBand[];
  /** DEDUCTION: points lost per event (from the max, never below 0) */
  pointsPerEvent: number | null;
  /** a field outside the scored 100: BONUS (added to the index) or PENALTY (taken off), capped by its max */
  section: Section | null;
  depth: number;
  /** sum of the children's max points; null for a leaf */
  childrenSum: number | null;
  sumMismatch: boolean;
  children: CriteriaNode[];
  /** row of the file, in an import preview (optional: highlights the node when that row has errors) */
  row?: number;
  /** sent back with a change (null in an import preview) */
  version?: number | null;
};

export type Section = 'BONUS' | 'PENALTY';

export type CriteriaSet = CriteriaSetSummary & {
  thresholds: Thresholds;
  /** caps of the bonus and penalty sections (0 when the set has none) */
  bonusMaxPoints: number;
  penaltyMaxPoints: number;
  /** the index with its bonus stays at most 100 (true) or may pass it */
  indexCappedAt100: boolean;
  /** the fields, each with its children */
  nodes: CriteriaNode[];
};

/** Body of POST /api/criteria-sets */
export type CreateCriteriaSetRequest = { name: string; year: number; level: string };

/** Body of PUT /api/criteria-sets/{id} */
export type UpdateCriteriaSetRequest = CreateCriteriaSetRequest & { thresholds: Thresholds; indexCappedAt100: boolean };

/** Body of POST /api/criteria-sets/{id}/copy */
export type CopyCriteriaSetRequest = { name: string; year: number };

/** Body of POST and PUT …/nodes */
export type CriteriaNodeRequest = {
  parentId: number | null;
  code: string;
  title: string;
  maxPoints: number;
  guidance: string | null;
  evidence: string | null;
  answerType: AnswerType;
  notApplicableAllowed: boolean;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  bands: RateBand[];
  pointsPerEvent: number | null;
  /** fields only */
  section: Section | null;
  /** on a change: the version read (a stale one is a 409 with the current set) */
  version?: number | null;
};

export type DiffSide = { title: string; maxPoints: number };
export type DiffChange = { code: string; kind: DiffKind; before: DiffSide | null; after: DiffSide | null };
export type CriteriaDiff = { changes: DiffChange[] };

export type ImportRowError = { row?: number; column?: string; message: string };

/** Answer of POST /api/criteria-sets/import/preview (nothing saved) */
export type ImportPreview = {
  rows: number;
  totalMaxPoints: number;
  nodes: CriteriaNode[];
  errors: ImportRowError[];
  /** guidance that mentions a rate or deduction in words not read for sure: the row imports as "Điểm" */
  warnings: ImportRowError[];
};

export type ImportCriteriaSetRequest = { file: File; name: string; year: number; level: string };

export type ScoreAnswer = { code: string; points: number | null; notApplicable: boolean };
export type FieldScore = { code: string; title: string; achieved: number; max: number };
export type ScoreResult = {
  achieved: number;
  max: number;
  index: number;
  classification: Classification;
  fields: FieldScore[];
};

/** One row of the responsibility matrix: a field (depth 1) or a criterion (depth 2). */
export type ResponsibilityRow = {
  nodeId: number;
  code: string;
  title: string;
  depth: number;
  /** false: a criterion showing the assignment inherited from its field */
  own: boolean;
  leadUnitId: number | null;
  supportingUnitIds: number[];
  note: string | null;
};

export type Responsibilities = { rows: ResponsibilityRow[] };

export type ResponsibilityRequest = { leadUnitId: number | null; supportingUnitIds: number[]; note: string | null };

export type ResponsibilityImportResult = { updated: number };
