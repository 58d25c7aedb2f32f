import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deletePlan } from '../api/delete-plan';
import { getPlans } from '../api/get-plans';
import { planKeys } from '../api/keys';

export function usePlans() {
  return useQuery({ queryKey: planKeys.list(), queryFn: getPlans });
}

export function useDeletePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deletePlan(id),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: planKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: planKeys.list() });
    },
  });
}
