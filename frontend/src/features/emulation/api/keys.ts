/** React Query keys of the emulation feature. */
export const emulationKeys = {
  all: ['emulation'] as const,
  list: () => ['emulation', 'list'] as const,
  detail: (id: number) => ['emulation', 'detail', id] as const,
  scoreboard: (id: number) => ['emulation', 'scoreboard', id] as const,
  indicatorTasks: (id: number, unitId: number, code: string) => ['emulation', 'indicator-tasks', id, unitId, code] as const,
  entries: (id: number) => ['emulation', 'entries', id] as const,
  nominations: (id: number) => ['emulation', 'nominations', id] as const,
};
