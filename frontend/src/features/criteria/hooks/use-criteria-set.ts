import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createCriteriaNode } from '../api/create-criteria-node';
import { deleteCriteriaNode } from '../api/delete-criteria-node';
import { getCriteriaSet } from '../api/get-criteria-set';
import { criteriaKeys } from '../api/keys';
import { publishCriteriaSet } from '../api/publish-criteria-set';
import { updateCriteriaNode } from '../api/update-criteria-node';
import { updateCriteriaSet } from '../api/update-criteria-set';
import type { CriteriaNodeRequest, CriteriaSet, CriteriaSetRequest } from '../types';

export function useCriteriaSet(id: number | undefined) {
  return useQuery({
    queryKey: criteriaKeys.detail(id ?? -1),
    queryFn: () => getCriteriaSet(id!),
    enabled: id !== undefined,
  });
}

/** Every change answers the whole set: cache it, and refresh the list (totals, dates, status). */
function useOnSetChanged() {
  const queryClient = useQueryClient();
  return (set: CriteriaSet) => {
    queryClient.setQueryData(criteriaKeys.detail(set.id), set);
    void queryClient.invalidateQueries({ queryKey: criteriaKeys.list() });
    void queryClient.invalidateQueries({ queryKey: criteriaKeys.score(set.id) });
  };
}

export function useUpdateCriteriaSet(id: number) {
  const onChanged = useOnSetChanged();
  return useMutation({ mutationFn: (body: CriteriaSetRequest) => updateCriteriaSet(id, body), onSuccess: onChanged });
}

export function usePublishCriteriaSet(id: number) {
  const onChanged = useOnSetChanged();
  return useMutation({ mutationFn: () => publishCriteriaSet(id), onSuccess: onChanged });
}

export function useSaveCriteriaNode(setId: number) {
  const onChanged = useOnSetChanged();
  return useMutation({
    mutationFn: ({ nodeId, body }: { nodeId?: number | null; body: CriteriaNodeRequest }) =>
      nodeId === undefined || nodeId === null ? createCriteriaNode(setId, body) : updateCriteriaNode(setId, nodeId, body),
    onSuccess: onChanged,
  });
}

export function useDeleteCriteriaNode(setId: number) {
  const onChanged = useOnSetChanged();
  return useMutation({ mutationFn: (nodeId: number) => deleteCriteriaNode(setId, nodeId), onSuccess: onChanged });
}
