/**
 * Unit level codes a movement may cover: seed 004's provincial agencies, districts and communes,
 * and a district's own offices (judged like provincial agencies when a district runs its movement).
 */
export const LEVELS = ['DEPARTMENT', 'DISTRICT', 'DISTRICT_OFFICE', 'COMMUNE'] as const;
/** The levels of seed 004's provincial movement, preselected when launching one. */
export const SEED_004_LEVELS: Level[] = ['DEPARTMENT', 'DISTRICT', 'COMMUNE'];
export type Level = (typeof LEVELS)[number];

export type TargetSource = 'COMPUTED' | 'ENTERED';
export type TargetKind = 'PERCENT' | 'COUNT' | 'YES_NO';
export type Comparator = 'AT_LEAST' | 'AT_MOST';
export type Period = 'Q1' | 'Q2' | 'Q3' | 'Q4';
export const PERIODS: Period[] = ['Q1', 'Q2', 'Q3', 'Q4'];

/** A movement as GET /api/emulation lists it. */
export type Movement = {
  id: number;
  year: number;
  name: string;
  levels: Level[];
  awardLimit: number;
  nominationCount: number;
};

/** A target of a movement; a level missing from `thresholds` means the target does not apply to it. */
export type Target = {
  code: string;
  group: string;
  title: string;
  source: TargetSource;
  kind: TargetKind;
  comparator: Comparator;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  thresholds: Partial<Record<Level, number>>;
  basis: string | null;
};

export type MovementDetail = Movement & { targets: Target[] };

export type CreateMovementRequest = { year: number; name: string; levels: Level[]; awardLimit: number };

export type UpdateThresholdsRequest = { thresholds: Partial<Record<Level, number>> };

export type Evidence = { id: number; filename: string };

export type Entry = {
  id: number;
  unitId: number;
  unitName: string;
  targetCode: string;
  period: Period;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  enteredBy: string;
  enteredAt: string;
  current: boolean;
  evidence: Evidence[];
};

export type CreateEntryRequest = {
  unitId: number;
  targetCode: string;
  period: Period;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
};

export type ScoreboardTarget = Pick<Target, 'code' | 'title' | 'kind' | 'comparator' | 'source'>;

export type Indicator = {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  threshold: number | null;
  /** null: no figure yet */
  met: boolean | null;
  source: TargetSource;
};

export type ScoreboardRow = {
  rank: number;
  unitId: number;
  unitName: string;
  level: Level;
  headName: string | null;
  headUsername: string | null;
  met: number;
  applicable: number;
  nominated: boolean;
  indicators: Indicator[];
};

export type Scoreboard = {
  movementId: number;
  year: number;
  awardLimit: number;
  unitCount: number;
  targets: ScoreboardTarget[];
  rows: ScoreboardRow[];
};

/** A task behind a computed figure. */
export type IndicatorTask = {
  taskId: number;
  planId: number;
  planName: string;
  label: string;
  itemCode: string | null;
  dueOn: string | null;
  submittedOn: string | null;
  status: string;
  onTime: boolean | null;
};

export type Nomination = {
  id: number;
  unitId: number;
  unitName: string;
  headName: string | null;
  reason: string | null;
  proposedBy: string;
  proposedAt: string;
  met: number;
  applicable: number;
};

export type CreateNominationRequest = { unitId: number; reason: string };

export type DossierFormat = 'docx' | 'pdf';
