import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createMovement } from '../api/create-movement';
import { getMovement } from '../api/get-movement';
import { getMovements } from '../api/get-movements';
import { emulationKeys } from '../api/keys';
import { updateTarget } from '../api/update-target';
import type { CreateMovementRequest, MovementDetail, UpdateThresholdsRequest } from '../types';

export function useMovements() {
  return useQuery({ queryKey: emulationKeys.list(), queryFn: getMovements });
}

export function useMovement(id: number | undefined) {
  return useQuery({ queryKey: emulationKeys.detail(id ?? -1), queryFn: () => getMovement(id!), enabled: id !== undefined });
}

export function useCreateMovement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMovementRequest) => createMovement(body),
    onSuccess: (movement) => {
      queryClient.setQueryData(emulationKeys.detail(movement.id), movement);
      return queryClient.invalidateQueries({ queryKey: emulationKeys.list() });
    },
  });
}

/** A changed threshold changes the target and what is met on the scoreboard. */
export function useUpdateTarget(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: UpdateThresholdsRequest }) => updateTarget(id, code, body),
    onSuccess: (target) => {
      queryClient.setQueryData<MovementDetail>(emulationKeys.detail(id), (m) =>
        m ? { ...m, targets: m.targets.map((t) => (t.code === target.code ? target : t)) } : m,
      );
      return queryClient.invalidateQueries({ queryKey: emulationKeys.scoreboard(id) });
    },
  });
}
