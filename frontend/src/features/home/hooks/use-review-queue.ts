import { useQuery } from '@tanstack/react-query';
import { getReviewQueue } from '../api/get-review-queue';

export function useReviewQueue(enabled: boolean) {
  return useQuery({ queryKey: ['inbox', 'reviews'], queryFn: () => getReviewQueue(10), enabled, refetchInterval: 60_000 });
}
