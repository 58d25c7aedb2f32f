import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { criteriaKeys } from '../api/keys';
import { scoreCriteriaSet } from '../api/score-criteria-set';
import type { ScoreAnswer } from '../types';

/** Scores the answers on the server, 300 ms after the last change. */
export function useScoreSimulation(setId: number, answers: ScoreAnswer[], enabled: boolean) {
  const [debounced, setDebounced] = useState(answers);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(answers), 300);
    return () => clearTimeout(timer);
  }, [answers]);
  return useQuery({
    queryKey: [...criteriaKeys.score(setId), debounced],
    queryFn: () => scoreCriteriaSet(setId, debounced),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
