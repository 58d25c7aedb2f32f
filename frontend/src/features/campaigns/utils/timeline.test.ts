import { describe, expect, it } from 'vitest';
import { sampleCampaign, unitProgress } from '../test-data';
import { currentStep, milestones, stepStatus } from './timeline';

const states = (c: Parameters<typeof milestones>[0]) => milestones(c).map((m) => m.state);

describe('milestones', () => {
  it('before the council deadline: council is current, the rest upcoming', () => {
    expect(states(sampleCampaign({ today: '2026-10-20' }))).toEqual(['current', 'upcoming', 'upcoming']);
  });

  it('on the deadline day a milestone is not late yet', () => {
    expect(states(sampleCampaign({ today: '2026-10-30' }))[0]).toBe('current');
  });

  it('a milestone past its date and not done is late (and still the one in progress)', () => {
    const list = milestones(sampleCampaign({ today: '2026-10-31' }));
    expect(list.map((m) => m.state)).toEqual(['late', 'upcoming', 'upcoming']);
    expect(stepStatus(list[0].state)).toBe('error');
  });

  it('the backend\'s councilLate flag makes the council late even before the date passes on the client', () => {
    expect(states(sampleCampaign({ today: '2026-10-30', councilLate: true }))[0]).toBe('late');
  });

  it('done milestones are never late, whatever the date', () => {
    const c = sampleCampaign({
      today: '2026-11-10',
      council: { members: 'A, B', chair: 'A', secretary: null, setUpAt: '2026-10-29T02:00:00Z' },
      units: [unitProgress(1, { step: 'SUBMITTED', submittedAt: '2026-11-04T02:00:00Z' }), unitProgress(2, { step: 'APPRAISED', submittedAt: '2026-11-03T02:00:00Z' })],
    });
    const list = milestones(c);
    expect(list.map((m) => m.state)).toEqual(['done', 'done', 'current']);
    expect(list[1].doneAt).toBe('2026-11-04T02:00:00Z');
    expect(currentStep(list)).toBe(2);
  });

  it('self-assessment is late after 05/11 while a unit has not submitted', () => {
    const c = sampleCampaign({
      today: '2026-11-06',
      council: { members: 'A', chair: 'A', secretary: null, setUpAt: '2026-10-29T02:00:00Z' },
    });
    expect(states(c)).toEqual(['done', 'late', 'upcoming']);
  });

  it('published: all done', () => {
    const c = sampleCampaign({
      today: '2026-12-01',
      status: 'PUBLISHED',
      publishedAt: '2026-11-19T02:00:00Z',
      council: { members: 'A', chair: 'A', secretary: null, setUpAt: '2026-10-29T02:00:00Z' },
      units: [unitProgress(1, { step: 'APPRAISED' })],
    });
    expect(states(c)).toEqual(['done', 'done', 'done']);
  });
});
