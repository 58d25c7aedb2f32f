import { api } from '@/lib/api-client';
import type { CampaignResults } from '../types';
import { normalizeResults } from '../utils/normalize';
import { campaignUrl } from './keys';

/** POST /api/campaigns/{id}/survey multipart "file" (columns Đơn vị | Điểm; ADMIN/COORDINATOR) → the results; 422 row errors, nothing saved */
export async function importSurvey(id: number, file: File): Promise<CampaignResults> {
  return normalizeResults(await api.upload<CampaignResults>(`${campaignUrl(id)}/survey`, file));
}
