import { typedApi } from '@/lib/api-paths';
import type { ScoreAnswer, ScoreResult } from '../types';

/** POST /api/criteria-sets/{id}/score {answers} → achieved, max, index (rescaled to 100), classification, per field */
export function scoreCriteriaSet(id: number, answers: ScoreAnswer[]): Promise<ScoreResult> {
  return typedApi.post('/api/criteria-sets/{id}/score', { answers }, { path: { id } });
}
