import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { copyCriteriaSet } from '../api/copy-criteria-set';
import { createCriteriaSet } from '../api/create-criteria-set';
import { deleteCriteriaSet } from '../api/delete-criteria-set';
import { getCriteriaSets } from '../api/get-criteria-sets';
import { criteriaKeys } from '../api/keys';
import type { CopyCriteriaSetRequest, CriteriaSetRequest, CriteriaSet } from '../types';

export function useCriteriaSets() {
  return useQuery({ queryKey: criteriaKeys.list(), queryFn: getCriteriaSets });
}

/** After creating a set: list refreshed, the new set cached for its page. */
export function useOnSetCreated() {
  const queryClient = useQueryClient();
  return (set: CriteriaSet) => {
    queryClient.setQueryData(criteriaKeys.detail(set.id), set);
    return queryClient.invalidateQueries({ queryKey: criteriaKeys.list() });
  };
}

export function useCreateCriteriaSet() {
  const onCreated = useOnSetCreated();
  return useMutation({ mutationFn: (body: CriteriaSetRequest) => createCriteriaSet(body), onSuccess: onCreated });
}

export function useCopyCriteriaSet() {
  const onCreated = useOnSetCreated();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CopyCriteriaSetRequest }) => copyCriteriaSet(id, body),
    onSuccess: onCreated,
  });
}

export function useDeleteCriteriaSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteCriteriaSet(id),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: criteriaKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: criteriaKeys.list() });
    },
  });
}
