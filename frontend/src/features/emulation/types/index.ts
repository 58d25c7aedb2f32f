import type { Schemas } from '@/lib/api-paths';

/**
 * Unit level codes a movement may cover: seed 004's provincial agencies, districts and communes,
 * and a district's own offices (judged like provincial agencies when a district runs its movement).
 */
export type Level = Schemas['EmulationViewsMovementView']['levels'][number];
/** The levels the launch form offers, in this order. */
export const LEVELS = ['DEPARTMENT', 'DISTRICT', 'DISTRICT_OFFICE', 'COMMUNE'] as const satisfies readonly Level[];
/** The levels of seed 004's provincial movement, preselected when launching one. */
export const SEED_004_LEVELS: Level[] = ['DEPARTMENT', 'DISTRICT', 'COMMUNE'];

/** A quarter of the year, the period of an entry. */
export type Period = Schemas['EmulationViewsEntryView']['period'];
/** The quarters the entry form offers. */
export const PERIODS = ['Q1', 'Q2', 'Q3', 'Q4'] as const satisfies readonly Period[];

/** A movement as GET /api/emulation lists it. */
export type Movement = Schemas['EmulationViewsMovementSummary'];

/** A target of a movement; a level missing from `thresholds` means the target does not apply to it. */
export type Target = Schemas['EmulationViewsTargetView'];
export type TargetSource = Target['source'];
export type TargetKind = Target['kind'];
export type Comparator = Target['comparator'];

/** GET /api/emulation/{id}: the movement with its targets. */
export type MovementDetail = Schemas['EmulationViewsMovementView'];

/** Body of POST /api/emulation */
export type CreateMovementRequest = Schemas['EmulationViewsMovementRequest'];

/** Body of PUT /api/emulation/{id}/targets/{code}: a threshold per level the target applies to. */
export type UpdateThresholdsRequest = Schemas['EmulationViewsThresholdsRequest'];

export type Evidence = Schemas['EmulationViewsEvidence'];

/** An entered figure; a replaced one has current=false. */
export type Entry = Schemas['EmulationViewsEntryView'];

/** Body of POST /api/emulation/{id}/entries */
export type CreateEntryRequest = Schemas['EmulationViewsEntryRequest'];

/** A target as the scoreboard's column header. */
export type ScoreboardTarget = Schemas['EmulationViewsTargetHeader'];

/** A unit's figure of one target; met null: no figure yet. */
export type Indicator = Schemas['EmulationViewsIndicator'];

export type ScoreboardRow = Schemas['EmulationViewsRow'];

/** GET /api/emulation/{id}/scoreboard: heads of units by rank. */
export type Scoreboard = Schemas['EmulationViewsScoreboard'];

/** A task behind a computed figure. */
export type IndicatorTask = Schemas['EmulationViewsTaskRow'];

export type Nomination = Schemas['EmulationViewsNominationView'];

/** Body of POST /api/emulation/{id}/nominations */
export type CreateNominationRequest = Schemas['EmulationViewsNominationRequest'];

/** Not an API type: the files the dossier link offers (?format= of the download, a string in the document). */
export type DossierFormat = 'docx' | 'pdf';
