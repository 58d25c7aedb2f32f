import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { activatePlan } from '../api/activate-plan';
import { approvePlan } from '../api/approve-plan';
import { closePlan } from '../api/close-plan';
import { getPlan } from '../api/get-plan';
import { getPlanActivation } from '../api/get-plan-activation';
import { planKeys } from '../api/keys';
import { updatePlanItem } from '../api/update-plan-item';
import type { SavedPlan, UpdatePlanItemRequest } from '../types';

export function usePlan(id: number | undefined) {
  return useQuery({ queryKey: planKeys.detail(id ?? -1), queryFn: () => getPlan(id!), enabled: id !== undefined });
}

/** While a plan is ACTIVATING, its activation's progress, read again every second until it ends. */
export function usePlanActivation(id: number, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.activation(id),
    queryFn: () => getPlanActivation(id),
    enabled,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'ACTIVATING' ? false : 1000),
  });
}

/** Every change answers the whole plan: cache it and refresh the list. */
export function useOnPlanChanged() {
  const queryClient = useQueryClient();
  return (plan: SavedPlan) => {
    queryClient.setQueryData(planKeys.detail(plan.id), plan);
    return queryClient.invalidateQueries({ queryKey: planKeys.list() });
  };
}

export function useUpdatePlanItem(planId: number) {
  const onChanged = useOnPlanChanged();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: number; body: UpdatePlanItemRequest }) => updatePlanItem(planId, itemId, body),
    onSuccess: onChanged,
  });
}

export function useApprovePlan(id: number) {
  const onChanged = useOnPlanChanged();
  return useMutation({ mutationFn: () => approvePlan(id), onSuccess: onChanged });
}

/** Activation starts task processes: the inbox of everybody changes too. */
export function useActivatePlan(id: number) {
  const onChanged = useOnPlanChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => activatePlan(id),
    onSuccess: (plan) => {
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
      return onChanged(plan);
    },
  });
}

export function useClosePlan(id: number) {
  const onChanged = useOnPlanChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => closePlan(id),
    onSuccess: (plan) => {
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
      return onChanged(plan);
    },
  });
}
