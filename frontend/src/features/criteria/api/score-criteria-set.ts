import { api } from '@/lib/api-client';
import type { ScoreAnswer, ScoreResult } from '../types';
import { criteriaSetUrl } from './keys';

/** POST /api/criteria-sets/{id}/score {answers} → achieved, max, index (rescaled to 100), classification, per field */
export function scoreCriteriaSet(id: number, answers: ScoreAnswer[]): Promise<ScoreResult> {
  return api.post<ScoreResult>(`${criteriaSetUrl(id)}/score`, { answers });
}
