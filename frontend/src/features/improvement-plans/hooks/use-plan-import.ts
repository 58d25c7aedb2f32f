import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UNITS_QUERY_KEY } from '@/lib/units';
import { importPlan } from '../api/import-plan';
import { previewPlanImport } from '../api/preview-plan-import';
import type { ImportPlanRequest, PlanImportParams } from '../types';
import { useOnPlanChanged } from './use-plan';

export function usePreviewPlanImport() {
  return useMutation({ mutationFn: (params: PlanImportParams) => previewPlanImport(params) });
}

/** Imports with the answers; the units are fetched again (the answers became aliases). */
export function useImportPlan() {
  const onChanged = useOnPlanChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportPlanRequest) => importPlan(request),
    onSuccess: (plan) => {
      void queryClient.invalidateQueries({ queryKey: UNITS_QUERY_KEY });
      return onChanged(plan);
    },
  });
}
