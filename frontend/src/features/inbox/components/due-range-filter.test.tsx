import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { DueRangeFilter } from './due-range-filter';

function renderFilter(from: string | null, to: string | null, onChange = vi.fn()) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <DueRangeFilter from={from} to={to} onChange={onChange} placeholder={['Hạn từ ngày', 'Hạn đến ngày']} ariaLabel="Hạn xử lý" />
    </AppProvider>,
  );
  return onChange;
}

const inputs = () => screen.getAllByTestId('inbox-filter-due') as HTMLInputElement[];

describe('due-date range filter', () => {
  it('is drawn as the picker until used, then swaps in antd\'s RangePicker, open', async () => {
    renderFilter(null, null);
    expect(inputs().map((i) => i.placeholder)).toEqual(['Hạn từ ngày', 'Hạn đến ngày']);
    expect(inputs()[0]).toHaveAttribute('readonly');
    expect(document.querySelector('.ant-picker-dropdown')).toBeNull();

    fireEvent.pointerDown(inputs()[0].closest('.ant-picker')!);
    await waitFor(() => expect(document.querySelector('.ant-picker-dropdown')).not.toBeNull());
    expect(inputs()[0]).not.toHaveAttribute('readonly');
    expect(inputs().map((i) => i.placeholder)).toEqual(['Hạn từ ngày', 'Hạn đến ngày']);
  });

  it('loads the picker at once when the URL holds a range, shown as dd/MM/yyyy', async () => {
    renderFilter('2026-03-01', '2026-12-31');
    await waitFor(() => expect(inputs().map((i) => i.value)).toEqual(['01/03/2026', '31/12/2026']));
  });
});
