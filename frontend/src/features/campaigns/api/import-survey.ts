import { api } from '@/lib/api-client';
import { fillPath, type ApiAnswer } from '@/lib/api-paths';

/** POST /api/campaigns/{id}/survey multipart "file" (columns Đơn vị | Điểm; ADMIN/COORDINATOR) → the results; 422 row errors, nothing saved */
export function importSurvey(id: number, file: File): Promise<ApiAnswer<'/api/campaigns/{id}/survey', 'post'>> {
  return api.upload(fillPath('/api/campaigns/{id}/survey', { id }), file);
}
