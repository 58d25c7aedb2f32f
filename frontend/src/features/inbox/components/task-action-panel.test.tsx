import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { fakeBackend, json, problem } from '@/test/fake-backend';
import { task } from '../test-data';
import type { OpenStep, TaskView } from '../types';
import { TaskActionPanel } from './task-action-panel';

const step = (role: OpenStep['role'], workItemId = `wi-${role.toLowerCase()}`): OpenStep => ({
  workItemId,
  name: role === 'LEAD' ? 'Báo cáo kết quả' : role === 'SUPPORT' ? 'Phối hợp thực hiện' : 'Xem xét báo cáo',
  role,
  unit: role === 'REVIEW' ? null : 'Phòng Tư pháp',
  dueDate: '2026-06-30',
});

function renderPanel(view: TaskView) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <TaskActionPanel task={view} />
    </AppProvider>,
  );
}

const byId = (id: string) => document.getElementById(id);

/** The confirmation dialog now open: checks it names what follows, then presses its OK button. */
async function confirm(okText: string, expected: string) {
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveTextContent(expected);
  await userEvent.click(within(dialog).getByRole('button', { name: okText }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

afterEach(() => vi.unstubAllGlobals());

describe('task action panel', { timeout: 60_000 }, () => {
  it('shows nothing to do without open steps', () => {
    renderPanel(task());
    expect(screen.getByTestId('task-no-actions')).toHaveTextContent('Bạn không có bước nào cần xử lý');
    expect(byId('report-text')).toBeNull();
    expect(byId('review-comment')).toBeNull();
  });

  it('shows the report form for a LEAD step only', () => {
    renderPanel(task({ openSteps: [step('LEAD')] }));
    expect(byId('report-text')?.tagName).toBe('TEXTAREA');
    expect(screen.getByTestId('report-submit')).toBeInTheDocument();
    expect(screen.queryByTestId('contribute-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('review-accept')).not.toBeInTheDocument();
  });

  it('shows the contribution form for a SUPPORT step only', () => {
    renderPanel(task({ openSteps: [step('SUPPORT')] }));
    expect(screen.getByTestId('contribute-form')).toBeInTheDocument();
    expect(byId('contribute-note')?.tagName).toBe('TEXTAREA');
    expect(byId('report-text')).toBeNull();
    expect(screen.queryByTestId('review-return')).not.toBeInTheDocument();
  });

  it('shows accept and return with a comment for a REVIEW step only', () => {
    renderPanel(task({ status: 'SUBMITTED', report: 'Đã ban hành Kế hoạch số 12/KH-UBND', openSteps: [step('REVIEW')] }));
    expect(byId('review-comment')?.tagName).toBe('TEXTAREA');
    expect(screen.getByTestId('review-accept')).toBeInTheDocument();
    expect(screen.getByTestId('review-return')).toBeInTheDocument();
    expect(byId('report-text')).toBeNull();
    expect(screen.queryByTestId('contribute-form')).not.toBeInTheDocument();
  });

  it('shows one form per open step when the caller has several', () => {
    renderPanel(task({ openSteps: [step('LEAD'), step('SUPPORT', 'wi-s1'), step('SUPPORT', 'wi-s2')] }));
    expect(byId('report-text')).not.toBeNull();
    expect(byId('contribute-note')).not.toBeNull();
    expect(byId('contribute-note-2')).not.toBeNull();
    expect(screen.getAllByTestId('contribute-form')).toHaveLength(2);
  });

  it('submits the report to the LEAD work item, prefilled with a returned report and the reason shown', async () => {
    const fetchMock = fakeBackend({ 'POST /api/improvement-tasks/steps/wi-lead/report': () => json(200, task({ status: 'SUBMITTED' })) });
    renderPanel(task({ status: 'RETURNED', report: 'Bản cũ', reviewComment: 'Thiếu quyết định ban hành', openSteps: [step('LEAD')] }));
    expect(screen.getByText('Thiếu quyết định ban hành')).toBeInTheDocument();
    const text = byId('report-text') as HTMLTextAreaElement;
    expect(text).toHaveValue('Bản cũ');
    await userEvent.clear(text);
    await userEvent.click(screen.getByTestId('report-submit'));
    expect(await screen.findByText('Cần nhập nội dung báo cáo.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await userEvent.type(text, 'Đã ban hành Quyết định số 5');
    await userEvent.click(screen.getByTestId('report-submit'));
    // nothing is sent before the confirmation, which warns that no evidence is attached
    expect(fetchMock).not.toHaveBeenCalled();
    await confirm('Nộp báo cáo', 'Chưa có tài liệu kiểm chứng nào được tải lên.');
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/improvement-tasks/steps/wi-lead/report');
    expect(JSON.parse(init!.body as string)).toEqual({ report: 'Đã ban hành Quyết định số 5' });
  });

  it('requires a comment to return, then sends it; accepting needs none', async () => {
    const fetchMock = fakeBackend({
      'POST /api/improvement-tasks/steps/wi-review/return': () => json(200, task({ status: 'RETURNED' })),
      'POST /api/improvement-tasks/steps/wi-review/accept': () => json(200, task({ status: 'ACCEPTED' })),
    });
    renderPanel(task({ status: 'SUBMITTED', report: 'Báo cáo', openSteps: [step('REVIEW')] }));
    await userEvent.click(screen.getByTestId('review-return'));
    expect(await screen.findByText('Khi trả lại cần ghi rõ lý do.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await userEvent.type(byId('review-comment') as HTMLTextAreaElement, 'Bổ sung minh chứng');
    await userEvent.click(screen.getByTestId('review-return'));
    await confirm('Trả lại', 'Phòng Tư pháp phải bổ sung và nộp lại báo cáo');
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(fetchMock.mock.calls[0][0]).toBe('/api/improvement-tasks/steps/wi-review/return');
    expect(JSON.parse(fetchMock.mock.calls[0][1]!.body as string)).toEqual({ comment: 'Bổ sung minh chứng' });

    await userEvent.clear(byId('review-comment') as HTMLTextAreaElement);
    await userEvent.click(screen.getByTestId('review-accept'));
    await confirm('Chấp nhận', '1 đơn vị phối hợp chưa góp ý sẽ bị đóng:Văn phòng HĐND và UBND');
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock.mock.calls[1][0]).toBe('/api/improvement-tasks/steps/wi-review/accept');
    expect(JSON.parse(fetchMock.mock.calls[1][1]!.body as string)).toEqual({ comment: '' });
  });

  it('shows the backend refusal of an action', async () => {
    fakeBackend({ 'POST /api/improvement-tasks/steps/wi-support/contribute': () => problem(409, 'Xung đột', 'Bước này đã được xử lý') });
    renderPanel(task({ openSteps: [step('SUPPORT')] }));
    await userEvent.click(screen.getByTestId('contribute-submit'));
    expect(await screen.findByText('Bước này đã được xử lý')).toBeInTheDocument();
  });

  it('names the supporting units still to contribute when accepting, and sends nothing when cancelled', async () => {
    const fetchMock = fakeBackend({ 'POST /api/improvement-tasks/steps/wi-review/accept': () => json(200, task({ status: 'ACCEPTED' })) });
    renderPanel(
      task({
        status: 'SUBMITTED',
        report: 'Báo cáo',
        criterion: { ...task().criterion, supportingUnits: ['Văn phòng HĐND và UBND', 'Phòng Nội vụ', 'Phòng Tài chính'] },
        contributions: [{ unit: 'Phòng Nội vụ', note: null, by: 'noivu', at: '2026-05-01T01:00:00Z' }],
        attachments: [],
        openSteps: [step('REVIEW')],
      }),
    );
    await userEvent.click(screen.getByTestId('review-accept'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('confirm-pending-units')).toHaveTextContent('2 đơn vị phối hợp chưa góp ý sẽ bị đóng');
    expect(dialog).toHaveTextContent('Văn phòng HĐND và UBND');
    expect(dialog).toHaveTextContent('Phòng Tài chính');
    expect(within(dialog).queryByText('Phòng Nội vụ')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
