import type { Schemas } from '@/lib/api-paths';

export type { Unit } from '@/lib/units';

/** Body of POST /api/units and PUT /api/units/{id}; version the one read, required on a change (a stale one is a 409 with the current unit) */
export type UnitRequest = Schemas['UnitRequest'];

export type ImportResult = Schemas['OrgImporterResult'];

/** A field that changed in one revision, its values shown as text. */
export type FieldChange = Schemas['OrgHistoryFieldChange'];

/** GET /api/units/{id}/history (and /api/users/{id}/history): one revision (kind ADD, MOD or DEL), oldest first. */
export type RecordChange = Schemas['OrgHistoryChange'];
