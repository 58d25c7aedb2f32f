import { Table } from 'antd';
import { useTranslation } from 'react-i18next';

/** An error of an imported file: row and column of the cell (or the field of a form) and the message. */
export type RowError = { row?: number; column?: string; field?: string; message: string };

/** Row, column and message of each error of an imported file, in red. Shared by the import wizards. */
export function RowErrorsTable({ errors, testId }: { errors: readonly RowError[]; testId?: string }) {
  const { t } = useTranslation();
  const rows = errors.map((e, key) => ({ ...e, key }));
  return (
    <Table
      size="small"
      bordered
      rowKey="key"
      dataSource={rows}
      rowClassName={() => 'row-error'}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      data-testid={testId}
      columns={[
        { title: t('import.row'), dataIndex: 'row', width: 80 },
        { title: t('import.column'), dataIndex: 'column', width: 200, render: (v: string | undefined, e: RowError) => v ?? e.field ?? '' },
        { title: t('import.message'), dataIndex: 'message' },
      ]}
    />
  );
}
