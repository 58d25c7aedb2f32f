import { useMutation, useQueryClient } from '@tanstack/react-query';
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
  });
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: UNITS_QUERY_KEY }),
  });
}
