import type { Campaign } from '../types';

export type MilestoneKey = 'council' | 'selfAssessment' | 'results';

/** done; late = past its date and not done (red); current = the next one to reach; upcoming */
export type MilestoneState = 'done' | 'late' | 'current' | 'upcoming';

export type Milestone = { key: MilestoneKey; deadline: string; state: MilestoneState; doneAt: string | null };

/** "yyyy-MM-dd" dates compare as strings: is `day` after `deadline`? */
export const isAfter = (day: string, deadline: string) => day > deadline;

/**
 * The three milestones of seed 002: council set up (30/10), every unit's self-assessment submitted
 * (05/11), results approved and published (20/11). A milestone past its date and not done is late;
 * the first one neither done nor late is the current one.
 */
export function milestones(c: Pick<Campaign, 'council' | 'councilLate' | 'councilDeadline' | 'selfAssessmentDeadline' | 'appraisalDeadline' | 'status' | 'publishedAt' | 'today' | 'units'>): Milestone[] {
  const submitted = c.units.filter((u) => u.step !== 'SELF_ASSESSMENT');
  const lastSubmitted = submitted.map((u) => u.submittedAt ?? '').sort().pop() || null;
  const raw: { key: MilestoneKey; deadline: string; done: boolean; lateFlag?: boolean; doneAt: string | null }[] = [
    { key: 'council', deadline: c.councilDeadline, done: c.council !== null, lateFlag: c.councilLate, doneAt: c.council?.setUpAt ?? null },
    {
      key: 'selfAssessment',
      deadline: c.selfAssessmentDeadline,
      done: c.units.length > 0 && submitted.length === c.units.length,
      doneAt: lastSubmitted,
    },
    { key: 'results', deadline: c.appraisalDeadline, done: c.status === 'PUBLISHED', doneAt: c.publishedAt },
  ];
  let currentTaken = false;
  return raw.map(({ key, deadline, done, lateFlag, doneAt }) => {
    let state: MilestoneState;
    if (done) state = 'done';
    else if (lateFlag || isAfter(c.today, deadline)) state = 'late';
    else if (!currentTaken) state = 'current';
    else state = 'upcoming';
    if (!done) currentTaken = true;
    return { key, deadline, state, doneAt };
  });
}

/** antd Steps status of a milestone state */
export const stepStatus = (state: MilestoneState): 'finish' | 'error' | 'process' | 'wait' =>
  state === 'done' ? 'finish' : state === 'late' ? 'error' : state === 'current' ? 'process' : 'wait';

/** The step shown as current: the first milestone not done (all done → the last). */
export const currentStep = (list: Milestone[]) => {
  const index = list.findIndex((m) => m.state !== 'done');
  return index < 0 ? list.length - 1 : index;
};
