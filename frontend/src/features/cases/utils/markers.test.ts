import { describe, expect, it } from 'vitest';
import { caseMarkers } from './markers';

const step = (activityId: string, ended: boolean) => ({
  activityId,
  activityName: activityId,
  activityType: 'userTask',
  startTime: '2026-11-01T01:00:00Z',
  endTime: ended ? '2026-11-02T01:00:00Z' : null,
  assignee: null,
});

describe('caseMarkers', () => {
  it('marks ended steps grey, running ones green and overdue ones red, the latest state winning', () => {
    const m = caseMarkers({
      history: [step('Start', true), step('Task_Work', true), step('Task_Review', true), step('Task_Work', false)],
      activeActivityIds: ['Task_Work'],
      overdueActivityIds: ['Task_Work'],
    });
    expect(m.get('Start')).toBe('case-done');
    expect(m.get('Task_Review')).toBe('case-done');
    expect(m.get('Task_Work')).toBe('case-overdue');
    expect(caseMarkers({ history: [step('Task_Work', false)], activeActivityIds: ['Task_Work'], overdueActivityIds: [] }).get('Task_Work')).toBe(
      'case-active',
    );
  });
});
