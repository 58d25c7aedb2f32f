/** React Query keys and URLs of the improvement-plans feature. */
export const planKeys = {
  all: ['improvement-plans'] as const,
  list: () => ['improvement-plans', 'list'] as const,
  detail: (id: number) => ['improvement-plans', 'detail', id] as const,
  activation: (id: number) => ['improvement-plans', 'activation', id] as const,
};

export const PLANS_URL = '/api/improvement-plans';
export const planUrl = (id: number) => `${PLANS_URL}/${id}`;
