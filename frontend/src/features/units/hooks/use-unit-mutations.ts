import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import { UNITS_QUERY_KEY } from '@/lib/units';
import { createUnit } from '../api/create-unit';
import { deleteUnit } from '../api/delete-unit';
import { updateUnit } from '../api/update-unit';
import type { UnitRequest } from '../types';

export function useSaveUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: UnitRequest }) => (id === undefined ? createUnit(body) : updateUnit(id, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: UNITS_QUERY_KEY }),
    // someone saved the unit meanwhile: the list shows the current values behind the choice dialog
    onError: (error) => (isApiError(error) && error.status === 409 ? queryClient.invalidateQueries({ queryKey: UNITS_QUERY_KEY }) : undefined),
  });
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: UNITS_QUERY_KEY }),
  });
}
