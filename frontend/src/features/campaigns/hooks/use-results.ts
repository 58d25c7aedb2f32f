import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { generatePlan } from '../api/generate-plan';
import { getLosses } from '../api/get-losses';
import { getPublicResults } from '../api/get-public-results';
import { getResults } from '../api/get-results';
import { importSurvey } from '../api/import-survey';
import { campaignKeys } from '../api/keys';

export function useResults(id: number, enabled = true) {
  return useQuery({ queryKey: campaignKeys.results(id), queryFn: () => getResults(id), enabled, retry: false });
}

export function useLosses(id: number, unitId: number | undefined) {
  return useQuery({
    queryKey: campaignKeys.losses(id, unitId ?? -1),
    queryFn: () => getLosses(id, unitId!),
    enabled: unitId !== undefined,
  });
}

export function usePublicResults(id: number | undefined) {
  return useQuery({
    queryKey: campaignKeys.publicResults(id ?? -1),
    queryFn: () => getPublicResults(id!),
    enabled: id !== undefined,
    retry: false,
  });
}

/** Survey points change results and losses; the import dialog shows the outcome. */
export function useImportSurvey(id: number) {
  const queryClient = useQueryClient();
  return (file: File) =>
    importSurvey(id, file).then((results) => {
      queryClient.setQueryData(campaignKeys.results(id), results);
      void queryClient.invalidateQueries({ queryKey: ['campaigns', 'losses', id] });
      void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(id) });
      return results;
    });
}

export function useGeneratePlan(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unitId: number) => generatePlan(id, unitId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['improvement-plans'] }),
  });
}
