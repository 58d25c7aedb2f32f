import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createNomination } from '../api/create-nomination';
import { deleteNomination } from '../api/delete-nomination';
import { getNominations } from '../api/get-nominations';
import { emulationKeys } from '../api/keys';
import type { CreateNominationRequest } from '../types';

export function useNominations(id: number, enabled: boolean) {
  return useQuery({ queryKey: emulationKeys.nominations(id), queryFn: () => getNominations(id), enabled });
}

/** A nomination changes the list, the count n/limit of the movement and the "nominated" flag of a scoreboard row. */
function useOnNominationsChanged(id: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: emulationKeys.nominations(id) }),
      queryClient.invalidateQueries({ queryKey: emulationKeys.scoreboard(id) }),
      queryClient.invalidateQueries({ queryKey: emulationKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: emulationKeys.list() }),
    ]);
}

export function useCreateNomination(id: number) {
  const onChanged = useOnNominationsChanged(id);
  return useMutation({ mutationFn: (body: CreateNominationRequest) => createNomination(id, body), onSuccess: onChanged });
}

export function useDeleteNomination(id: number) {
  const onChanged = useOnNominationsChanged(id);
  return useMutation({ mutationFn: (nominationId: number) => deleteNomination(id, nominationId), onSuccess: onChanged });
}
