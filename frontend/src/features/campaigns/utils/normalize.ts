import type { Campaign, CampaignResults, Sheet } from '../types';

/** Lists the backend may leave out become empty arrays. */
export function normalizeCampaign(c: Campaign): Campaign {
  return { ...c, council: c.council ?? null, units: c.units ?? [] };
}

export function normalizeSheet(s: Sheet): Sheet {
  return {
    ...s,
    items: (s.items ?? []).map((i) => ({ ...i, evidence: i.evidence ?? [], bands: i.bands ?? [], rounds: i.rounds ?? [] })),
  };
}

export function normalizeResults(r: CampaignResults): CampaignResults {
  return { ...r, units: (r.units ?? []).map((u) => ({ ...u, fields: u.fields ?? [] })) };
}
