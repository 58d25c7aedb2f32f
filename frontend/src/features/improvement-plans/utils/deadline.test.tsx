import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { DeadlineCell, DeadlineKindTag } from '../components/plan-tags';
import { deadline, fieldRow, taskRow } from '../test-data';
import type { DeadlineKind } from '../types';
import { countTasks, deadlineTag, isTaskItem } from './deadline';

const renderTag = (kind: DeadlineKind, needsAttention = false) => {
  const { unmount } = render(
    <AppProvider queryClient={createQueryClient()}>
      <DeadlineKindTag deadline={{ kind, needsAttention }} />
    </AppProvider>,
  );
  const tag = screen.getByTestId('deadline-kind');
  const result = { text: tag.textContent, className: tag.className };
  unmount();
  return result;
};

describe('deadline kinds', () => {
  it('labels each kind in Vietnamese', () => {
    expect(renderTag('DATE').text).toBe('Hạn');
    expect(renderTag('RECURRING').text).toBe('Định kỳ');
    expect(renderTag('PERIOD').text).toBe('Trong kỳ');
    expect(renderTag('ONGOING').text).toBe('Thường xuyên');
    expect(renderTag('NONE').text).toBe('Không hạn');
    expect(renderTag('UNPARSED').text).toBe('Cần xác định');
  });

  it('says "Cần xác định" in red whenever a person must set the date', () => {
    expect(deadlineTag({ kind: 'UNPARSED', needsAttention: true })).toEqual({ labelKey: 'plans.deadlineKinds.UNPARSED', color: 'red' });
    expect(deadlineTag({ kind: 'DATE', needsAttention: true }).color).toBe('red');
    const tag = renderTag('RECURRING', true);
    expect(tag.text).toBe('Cần xác định');
    expect(tag.className).toContain('ant-tag-red');
    expect(renderTag('DATE').className).not.toContain('ant-tag-red');
  });

  it('shows the text as written, the kind and the first due date dd/MM/yyyy', () => {
    render(
      <AppProvider queryClient={createQueryClient()}>
        <DeadlineCell deadline={deadline({ kind: 'RECURRING', text: 'Hằng quý', firstDue: '2026-03-31', occurrences: 4 })} />
      </AppProvider>,
    );
    expect(screen.getByText('Hằng quý')).toBeInTheDocument();
    expect(screen.getByTestId('deadline-kind')).toHaveTextContent('Định kỳ');
    expect(screen.getByText('4 lần')).toBeInTheDocument();
    expect(screen.getByTestId('first-due')).toHaveTextContent('Hạn đầu: 31/03/2026');
  });

  it('counts task rows, their occurrences and the deadlines to set', () => {
    const items = [
      fieldRow(2, '1', 'Lĩnh vực'),
      taskRow(3, '1.1', 'A', { deadline: deadline({ kind: 'RECURRING', occurrences: 4 }) }),
      taskRow(4, '1.2', 'B', { deadline: deadline({ kind: 'UNPARSED', occurrences: 0, needsAttention: true }) }),
    ];
    expect(isTaskItem(items[0])).toBe(false);
    expect(isTaskItem(items[1])).toBe(true);
    expect(countTasks(items)).toEqual({ tasks: 2, occurrences: 4, needsAttention: 1 });
  });
});
