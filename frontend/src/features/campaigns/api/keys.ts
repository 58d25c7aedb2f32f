/** React Query keys of the campaigns feature. */
export const campaignKeys = {
  all: ['campaigns'] as const,
  list: () => ['campaigns', 'list'] as const,
  detail: (id: number) => ['campaigns', 'detail', id] as const,
  sheet: (id: number, unitId: number) => ['campaigns', 'sheet', id, unitId] as const,
  results: (id: number) => ['campaigns', 'results', id] as const,
  losses: (id: number, unitId: number) => ['campaigns', 'losses', id, unitId] as const,
  history: (id: number, unitId: number, code: string) => ['campaigns', 'history', id, unitId, code] as const,
  publicResults: (id: number) => ['campaigns', 'public-results', id] as const,
  criteriaSets: () => ['campaigns', 'criteria-sets'] as const,
  criteriaFields: (setId: number) => ['campaigns', 'criteria-fields', setId] as const,
};
