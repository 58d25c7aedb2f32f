import { useMutation } from '@tanstack/react-query';
import { importCriteriaSet } from '../api/import-criteria-set';
import { previewCriteriaImport } from '../api/preview-criteria-import';
import type { ImportCriteriaSetRequest } from '../types';
import { useOnSetCreated } from './use-criteria-sets';

export function usePreviewCriteriaImport() {
  return useMutation({ mutationFn: (file: File) => previewCriteriaImport(file) });
}

export function useImportCriteriaSet() {
  const onCreated = useOnSetCreated();
  return useMutation({ mutationFn: (request: ImportCriteriaSetRequest) => importCriteriaSet(request), onSuccess: onCreated });
}
