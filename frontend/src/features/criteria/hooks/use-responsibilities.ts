import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteResponsibility } from '../api/delete-responsibility';
import { getResponsibilities } from '../api/get-responsibilities';
import { importResponsibilities } from '../api/import-responsibilities';
import { criteriaKeys } from '../api/keys';
import { updateResponsibility } from '../api/update-responsibility';
import type { Responsibilities, ResponsibilityRequest } from '../types';

export function useResponsibilities(setId: number | undefined) {
  return useQuery({
    queryKey: criteriaKeys.responsibilities(setId ?? -1),
    queryFn: () => getResponsibilities(setId!),
    enabled: setId !== undefined,
  });
}

function useOnRowsChanged(setId: number) {
  const queryClient = useQueryClient();
  return (result: Responsibilities) => queryClient.setQueryData(criteriaKeys.responsibilities(setId), result);
}

export function useUpdateResponsibility(setId: number) {
  const onChanged = useOnRowsChanged(setId);
  return useMutation({
    mutationFn: ({ nodeId, body }: { nodeId: number; body: ResponsibilityRequest }) => updateResponsibility(setId, nodeId, body),
    onSuccess: onChanged,
  });
}

export function useResetResponsibility(setId: number) {
  const onChanged = useOnRowsChanged(setId);
  return useMutation({ mutationFn: (nodeId: number) => deleteResponsibility(setId, nodeId), onSuccess: onChanged });
}

/** For the import dialog: upload, then reload the rows. */
export function useImportResponsibilities(setId: number) {
  const queryClient = useQueryClient();
  return {
    upload: (file: File) => importResponsibilities(setId, file),
    onImported: () => void queryClient.invalidateQueries({ queryKey: criteriaKeys.responsibilities(setId) }),
  };
}
