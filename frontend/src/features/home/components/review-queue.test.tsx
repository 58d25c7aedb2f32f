import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { fakeBackend, json } from '@/test/fake-backend';
import type { UpcomingTask } from '../types';
import { ReviewQueue } from './review-queue';

const task = (id: string, patch: Partial<UpcomingTask> = {}): UpcomingTask => ({
  id,
  title: `TC ${id} – Ban hành kế hoạch`,
  stepName: 'Xem xét báo cáo',
  dueDate: '2026-12-31',
  status: 'OPEN',
  role: 'REVIEW',
  unitName: 'Phòng Tư pháp',
  context: 'Kế hoạch 2026',
  link: `/improvement-tasks/${id}`,
  subjectType: 'IMPROVEMENT_TASK',
  createdAt: '2026-06-01T02:00:00Z',
  ...patch,
});

function renderQueue(entries: UpcomingTask[]) {
  fakeBackend({ 'GET /api/tasks': () => json(200, entries) });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <MemoryRouter>
        <ReviewQueue />
      </MemoryRouter>
    </AppProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('coordinator home: reports awaiting review', { timeout: 30_000 }, () => {
  it('lists only the reports to review, newest first, with the unit, when it was submitted and the due date', async () => {
    renderQueue([
      task('1.1', { createdAt: '2026-06-01T02:00:00Z' }),
      task('2.2', { createdAt: '2026-06-03T09:30:00Z', unitName: 'Văn phòng HĐND và UBND', dueDate: '2026-07-15' }),
      task('3.3', { role: 'LEAD', stepName: 'Thực hiện và báo cáo kết quả', createdAt: '2026-06-05T00:00:00Z' }),
      task('4.4', { role: 'REVIEW', subjectType: 'ASSESSMENT_CAMPAIGN', createdAt: '2026-06-06T00:00:00Z' }),
      task('5.5', { createdAt: '2026-06-02T00:00:00Z', dueDate: null }),
    ]);
    const card = await screen.findByTestId('home-reviews');
    const rows = await within(card).findAllByTestId('home-review-row');
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual([
      'TC 2.2 – Ban hành kế hoạch',
      'TC 5.5 – Ban hành kế hoạch',
      'TC 1.1 – Ban hành kế hoạch',
    ]);
    expect(within(card).getByText('Báo cáo chờ xem xét (3)')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('Văn phòng HĐND và UBND · Nộp lúc 03/06/2026 16:30 · hạn 15/07/2026');
    expect(rows[1]).toHaveTextContent('không hạn');
    expect(within(rows[2]).getByRole('link')).toHaveAttribute('href', '/improvement-tasks/1.1');
  });

  it('says when nothing waits for review', async () => {
    renderQueue([task('3.3', { role: 'LEAD' })]);
    expect(await screen.findByText('Không có báo cáo nào chờ xem xét.')).toBeInTheDocument();
  });
});
