/** React Query keys of the criteria feature. */
export const criteriaKeys = {
  all: ['criteria-sets'] as const,
  list: () => ['criteria-sets', 'list'] as const,
  detail: (id: number) => ['criteria-sets', 'detail', id] as const,
  diff: (id: number, against: number) => ['criteria-sets', 'diff', id, against] as const,
  responsibilities: (id: number) => ['criteria-sets', 'responsibilities', id] as const,
  score: (id: number) => ['criteria-sets', 'score', id] as const,
};
