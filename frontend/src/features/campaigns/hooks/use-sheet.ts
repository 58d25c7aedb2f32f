import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { explainSheet } from '../api/explain-sheet';
import { getItemHistory } from '../api/get-item-history';
import { getSheet } from '../api/get-sheet';
import { campaignKeys } from '../api/keys';
import { markAppraised } from '../api/mark-appraised';
import { requestExplanation } from '../api/request-explanation';
import { saveAnswers } from '../api/save-answers';
import { saveAppraisal } from '../api/save-appraisal';
import { submitSheet } from '../api/submit-sheet';
import { uploadEvidence } from '../api/upload-evidence';
import { withdrawSheet } from '../api/withdraw-sheet';
import type { AnswerRequest, AppraisalRequest, ExplainBody, ExplanationRequestBody, Sheet } from '../types';

export function useSheet(id: number | undefined, unitId: number | undefined) {
  return useQuery({
    queryKey: campaignKeys.sheet(id ?? -1, unitId ?? -1),
    queryFn: () => getSheet(id!, unitId!),
    enabled: id !== undefined && unitId !== undefined,
  });
}

/** Every change of one item (loaded when its history is opened). */
export function useItemHistory(id: number, unitId: number, code: string | undefined) {
  return useQuery({
    queryKey: campaignKeys.history(id, unitId, code ?? ''),
    queryFn: () => getItemHistory(id, unitId, code!),
    enabled: code !== undefined,
  });
}

/** Every sheet call answers the sheet: cache it; the campaign's progress and results change too. */
function useOnSheetChanged() {
  const queryClient = useQueryClient();
  return (sheet: Sheet) => {
    queryClient.setQueryData(campaignKeys.sheet(sheet.campaignId, sheet.unitId), sheet);
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    void queryClient.invalidateQueries({ queryKey: ['campaigns', 'history', sheet.campaignId, sheet.unitId] });
    void queryClient.invalidateQueries({ queryKey: campaignKeys.results(sheet.campaignId) });
    void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(sheet.campaignId) });
    return queryClient.invalidateQueries({ queryKey: campaignKeys.list() });
  };
}

/** All actions on one unit's sheet. */
export function useSheetActions(id: number, unitId: number) {
  const onChanged = useOnSheetChanged();
  return {
    /** Shows a sheet another request answered (the current one a stale save was refused with). */
    replace: onChanged,
    save: useMutation({ mutationFn: (answers: AnswerRequest[]) => saveAnswers(id, unitId, answers), onSuccess: onChanged }),
    upload: useMutation({
      mutationFn: ({ code, file }: { code: string; file: File }) => uploadEvidence(id, unitId, code, file),
      onSuccess: onChanged,
    }),
    submit: useMutation({ mutationFn: () => submitSheet(id, unitId), onSuccess: onChanged }),
    withdraw: useMutation({ mutationFn: () => withdrawSheet(id, unitId), onSuccess: onChanged }),
    appraise: useMutation({ mutationFn: (scores: AppraisalRequest[]) => saveAppraisal(id, unitId, scores), onSuccess: onChanged }),
    requestExplanation: useMutation({
      mutationFn: (body: ExplanationRequestBody) => requestExplanation(id, unitId, body),
      onSuccess: onChanged,
    }),
    appraised: useMutation({ mutationFn: () => markAppraised(id, unitId), onSuccess: onChanged }),
    explain: useMutation({ mutationFn: (body: ExplainBody) => explainSheet(id, unitId, body), onSuccess: onChanged }),
  };
}
