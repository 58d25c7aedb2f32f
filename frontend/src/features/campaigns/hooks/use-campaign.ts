import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { approveCampaign } from '../api/approve-campaign';
import { getCampaign } from '../api/get-campaign';
import { getCriteriaFields } from '../api/get-criteria-fields';
import { campaignKeys } from '../api/keys';
import { setUpCouncil } from '../api/set-up-council';
import type { Campaign, CouncilRequest } from '../types';

export function useCampaign(id: number | undefined) {
  return useQuery({ queryKey: campaignKeys.detail(id ?? -1), queryFn: () => getCampaign(id!), enabled: id !== undefined });
}

/** Every change answers the whole campaign: cache it, refresh the list and the inbox (tasks move). */
export function useOnCampaignChanged() {
  const queryClient = useQueryClient();
  return (campaign: Campaign) => {
    queryClient.setQueryData(campaignKeys.detail(campaign.id), campaign);
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    void queryClient.invalidateQueries({ queryKey: campaignKeys.results(campaign.id) });
    return queryClient.invalidateQueries({ queryKey: campaignKeys.list() });
  };
}

export function useSetUpCouncil(id: number) {
  const onChanged = useOnCampaignChanged();
  return useMutation({ mutationFn: (body: CouncilRequest) => setUpCouncil(id, body), onSuccess: onChanged });
}

export function useApproveCampaign(id: number) {
  const onChanged = useOnCampaignChanged();
  return useMutation({ mutationFn: () => approveCampaign(id), onSuccess: onChanged });
}

/** Titles of the criteria set's fields (the sheet only carries field codes); empty while unknown. */
export function useCriteriaFields(setId: number | undefined) {
  return useQuery({
    queryKey: campaignKeys.criteriaFields(setId ?? -1),
    queryFn: () => getCriteriaFields(setId!),
    enabled: setId !== undefined,
    staleTime: 10 * 60_000,
    retry: false,
  });
}
