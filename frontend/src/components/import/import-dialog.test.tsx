import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { ApiError } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { ImportDialog } from './import-dialog';

function renderDialog(upload: (file: File) => Promise<{ created: number; updated: number }>) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <ImportDialog
        open
        title="Nhập danh sách đơn vị"
        templateUrl="/api/units/import/template"
        columns={[{ name: 'Tên đơn vị' }, { name: 'Cấp' }]}
        upload={upload}
        onClose={() => undefined}
      />
    </AppProvider>,
  );
}

const csv = () => new File(['Tên đơn vị,Cấp\nSở Nội vụ,XYZ\n'], 'don-vi.csv', { type: 'text/csv' });

describe('ImportDialog', () => {
  it('shows the expected columns and the template link', () => {
    renderDialog(vi.fn());
    const columns = screen.getByTestId('import-columns');
    expect(within(columns).getByText('Tên đơn vị')).toBeInTheDocument();
    expect(within(columns).getByText('Cấp')).toBeInTheDocument();
    expect(screen.getByText('Tải tệp mẫu (CSV)').closest('a')).toHaveAttribute('href', '/api/units/import/template');
  });

  it('lists row, column and message of each error of a rejected file', async () => {
    const upload = vi.fn().mockRejectedValue(
      new ApiError({
        status: 422,
        title: 'Tệp có lỗi',
        detail: 'Không có dữ liệu nào được lưu',
        errors: [{ row: 3, column: 'Cấp', message: 'Cấp không hợp lệ: XYZ' }],
        url: '/api/units/import',
      }),
    );
    renderDialog(upload);

    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, csv());
    await userEvent.click(screen.getByTestId('import-submit'));

    const errors = await screen.findByTestId('import-errors');
    expect(upload).toHaveBeenCalledWith(expect.objectContaining({ name: 'don-vi.csv' }));
    const row = within(errors).getByText('Cấp không hợp lệ: XYZ').closest('tr')!;
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(within(row).getByText('Cấp')).toBeInTheDocument();
  });

  it('reports how many rows were created and updated', async () => {
    renderDialog(vi.fn().mockResolvedValue({ created: 5, updated: 2 }));
    await userEvent.upload(document.querySelector('input[type=file]') as HTMLInputElement, csv());
    await userEvent.click(screen.getByTestId('import-submit'));
    expect(await screen.findByTestId('import-success')).toHaveTextContent('thêm mới 5, cập nhật 2');
  });
});
