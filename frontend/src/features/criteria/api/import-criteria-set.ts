import { request } from '@/lib/api-client';
import type { ApiAnswer } from '@/lib/api-paths';
import type { CriteriaSet, ImportCriteriaSetRequest } from '../types';

/** POST /api/criteria-sets/import multipart file, name, year, level → 201 the new draft; 422 row errors, nothing saved */
export function importCriteriaSet({ file, name, year, level }: ImportCriteriaSetRequest): Promise<CriteriaSet> {
  const form = new FormData();
  form.append('file', file);
  form.append('name', name);
  form.append('year', String(year));
  form.append('level', level);
  return request<ApiAnswer<'/api/criteria-sets/import', 'post'>>('POST', '/api/criteria-sets/import', { body: form });
}
