import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createEntry } from '../api/create-entry';
import { getEntries } from '../api/get-entries';
import { emulationKeys } from '../api/keys';
import { uploadEntryEvidence } from '../api/upload-entry-evidence';
import type { CreateEntryRequest } from '../types';

export function useEntries(id: number) {
  return useQuery({ queryKey: emulationKeys.entries(id), queryFn: () => getEntries(id) });
}

/** A new figure replaces the current one and may change the scoreboard. */
export function useCreateEntry(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEntryRequest) => createEntry(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: emulationKeys.entries(id) }),
        queryClient.invalidateQueries({ queryKey: emulationKeys.scoreboard(id) }),
      ]),
  });
}

export function useUploadEntryEvidence(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, file }: { entryId: number; file: File }) => uploadEntryEvidence(id, entryId, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: emulationKeys.entries(id) }),
  });
}
