import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UNITS_QUERY_KEY } from '@/lib/units';
import { addUnitAlias } from '../api/add-unit-alias';
import { importPlan } from '../api/import-plan';
import { previewPlanImport } from '../api/preview-plan-import';
import type { ImportPlanRequest, PlanImportParams } from '../types';
import { useOnPlanChanged } from './use-plan';

export function usePreviewPlanImport() {
  return useMutation({ mutationFn: (params: PlanImportParams) => previewPlanImport(params) });
}

export function useImportPlan() {
  const onChanged = useOnPlanChanged();
  return useMutation({ mutationFn: (request: ImportPlanRequest) => importPlan(request), onSuccess: onChanged });
}

/** Maps a name of the table to a unit; the units (with their aliases) are fetched again. */
export function useAddUnitAlias() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, alias }: { unitId: number; alias: string }) => addUnitAlias(unitId, alias),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: UNITS_QUERY_KEY }),
  });
}
