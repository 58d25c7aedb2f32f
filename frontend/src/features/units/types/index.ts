export type { Unit } from '@/lib/units';

/** Body of POST /api/units and PUT /api/units/{id} */
export type UnitRequest = {
  name: string;
  shortName?: string | null;
  aliases: string[];
  parentId: number | null;
  level: string;
  /** the version read; required on a change (a stale one is a 409 with the current unit) */
  version?: number | null;
};

export type ImportResult = { created: number; updated: number };

/** A field that changed in one revision, its values shown as text. */
export type FieldChange = { field: string; before: string | null; after: string | null };

/** GET /api/units/{id}/history (and /api/users/{id}/history): one revision, oldest first. */
export type RecordChange = {
  revision: number;
  at: string;
  by: string | null;
  byName: string | null;
  clientAddress: string | null;
  kind: 'ADD' | 'MOD' | 'DEL';
  changes: FieldChange[];
};
