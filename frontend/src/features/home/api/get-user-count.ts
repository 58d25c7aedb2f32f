import { typedApi } from '@/lib/api-paths';

/** GET /api/users?page=0&size=1 (ADMIN/COORDINATOR): only the total is used */
export async function getUserCount(): Promise<number> {
  const page = await typedApi.get('/api/users', { params: { page: 0, size: 1 } });
  return page.totalElements;
}
