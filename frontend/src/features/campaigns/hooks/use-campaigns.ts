import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createCampaign } from '../api/create-campaign';
import { getCampaigns } from '../api/get-campaigns';
import { getCriteriaSets } from '../api/get-criteria-sets';
import { campaignKeys } from '../api/keys';
import type { CreateCampaignRequest } from '../types';

export function useCampaigns(enabled = true) {
  return useQuery({ queryKey: campaignKeys.list(), queryFn: getCampaigns, enabled });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCampaignRequest) => createCampaign(body),
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(campaign.id), campaign);
      return queryClient.invalidateQueries({ queryKey: campaignKeys.list() });
    },
  });
}

/** The published criteria sets a new campaign may use. */
export function usePublishedCriteriaSets(enabled: boolean) {
  return useQuery({
    queryKey: campaignKeys.criteriaSets(),
    queryFn: getCriteriaSets,
    enabled,
    select: (sets) => sets.filter((s) => s.status === 'PUBLISHED'),
  });
}
