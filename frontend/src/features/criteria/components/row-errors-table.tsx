import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../types';

/** Row, column and message of each error of an imported file, in red. */
export function RowErrorsTable({ errors, testId }: { errors: ImportRowError[]; testId?: string }) {
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
        { title: t('import.column'), dataIndex: 'column', width: 200, render: (v: string | undefined, e: ImportRowError & { field?: string }) => v ?? e.field ?? '' },
        { title: t('import.message'), dataIndex: 'message' },
      ]}
    />
  );
}
