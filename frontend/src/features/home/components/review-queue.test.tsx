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
  unitId: 11,
  criterionCode: null,
  subjectId: Number(id),
  followUpDate: null,
  assignee: null,
  assigneeName: null,
  ...patch,
});

/** The server filters and sorts: the fake answers a page as given and remembers what was asked. */
function renderQueue(entries: UpcomingTask[], total = entries.length) {
  const asked: string[] = [];
  fakeBackend({
    'GET /api/tasks': (_init, url) => {
      asked.push(url);
      return json(200, { items: entries, nextCursor: null, counts: { OVERDUE: 0, DUE_SOON: 0, RETURNED: 0, OPEN: total } });
    },
  });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <MemoryRouter>
        <ReviewQueue />
      </MemoryRouter>
    </AppProvider>,
  );
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('coordinator home: reports awaiting review', { timeout: 30_000 }, () => {
  it('asks the server for the reports to review, newest first, and shows the unit, when it was submitted and the due date', async () => {
    const asked = renderQueue(
      [
        task('2.2', { createdAt: '2026-06-03T09:30:00Z', unitName: 'Văn phòng HĐND và UBND', dueDate: '2026-07-15' }),
        task('5.5', { createdAt: '2026-06-02T00:00:00Z', dueDate: null }),
        task('1.1', { createdAt: '2026-06-01T02:00:00Z' }),
      ],
      3,
    );
    const card = await screen.findByTestId('home-reviews');
    const rows = await within(card).findAllByTestId('home-review-row');
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual([
      'TC 2.2 – Ban hành kế hoạch',
      'TC 5.5 – Ban hành kế hoạch',
      'TC 1.1 – Ban hành kế hoạch',
    ]);
    expect(within(card).getByText('Báo cáo chờ xem xét (3)')).toBeInTheDocument();
    const query = new URL(asked[0], 'http://x').searchParams;
    expect(Object.fromEntries(query)).toEqual({ role: 'REVIEW', kind: 'IMPROVEMENT_TASK', sort: 'newest', size: '10' });
    expect(rows[0]).toHaveTextContent('Văn phòng HĐND và UBND · Nộp lúc 03/06/2026 16:30 · hạn 15/07/2026');
    expect(rows[1]).toHaveTextContent('không hạn');
    expect(within(rows[2]).getByRole('link')).toHaveAttribute('href', '/improvement-tasks/1.1');
  });

  it('says when nothing waits for review', async () => {
    renderQueue([]);
    expect(await screen.findByText('Không có báo cáo nào chờ xem xét.')).toBeInTheDocument();
  });
});
