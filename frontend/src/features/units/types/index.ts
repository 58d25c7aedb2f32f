export type { Unit } from '@/lib/units';

/** Body of POST /api/units and PUT /api/units/{id} */
export type UnitRequest = {
  name: string;
  shortName?: string | null;
  aliases: string[];
  parentId: number | null;
  level: string;
};

export type ImportResult = { created: number; updated: number };
