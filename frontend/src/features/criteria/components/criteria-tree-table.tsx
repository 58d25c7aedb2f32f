import { CheckOutlined, WarningOutlined } from '@ant-design/icons';
import { Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '@/lib/format';
import { describeBands } from '@/lib/item-scoring';
import { childrenSumDisplay, type CriteriaTreeRow, expandableKeys } from '../utils/criteria-tree';

type Props = {
  rows: CriteriaTreeRow[];
  /** rows drawn in red besides those whose children's points do not add up: codes (publish errors) */
  errorCodes?: ReadonlySet<string>;
  /** guidance, evidence, answer type and not-applicable columns */
  showDetails?: boolean;
  actions?: (row: CriteriaTreeRow) => ReactNode;
  actionsWidth?: number;
  loading?: boolean;
  testId: string;
  emptyText?: ReactNode;
};

function LongText({ value }: { value: string | null }) {
  if (!value) return null;
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{value}</span>} placement="topLeft">
      <Typography.Text ellipsis style={{ maxWidth: 220 }}>
        {value}
      </Typography.Text>
    </Tooltip>
  );
}

/** A criteria tree as an antd tree table, every node expanded at first. */
export function CriteriaTreeTable({ rows, errorCodes, showDetails = true, actions, actionsWidth = 140, loading, testId, emptyText }: Props) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const allKeys = useMemo(() => expandableKeys(rows), [rows]);

  const columns: TableColumnsType<CriteriaTreeRow> = [
    {
      title: t('criteria.code'),
      dataIndex: 'code',
      width: 130,
      render: (code: string, row) => <Typography.Text strong={row.depth <= 1}>{code}</Typography.Text>,
    },
    {
      title: t('criteria.nodeTitle'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <>
          <Typography.Text strong={row.depth <= 1}>{title}</Typography.Text>
          {row.section ? (
            <Tag color={row.section === 'BONUS' ? 'green' : 'volcano'} style={{ marginInlineStart: 8 }} data-testid={`section-${row.code}`}>
              {t(`criteria.sections.${row.section}`)}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: t('criteria.maxPoints'),
      dataIndex: 'maxPoints',
      width: 110,
      align: 'right',
      render: (value: number, row) => <Typography.Text strong={row.depth <= 1}>{formatPoints(value)}</Typography.Text>,
    },
    {
      title: t('criteria.childrenSum'),
      key: 'childrenSum',
      width: 120,
      align: 'right',
      render: (_, row) => {
        const sum = childrenSumDisplay(row);
        if (!sum) return null;
        if (!sum.mismatch) return <Typography.Text type="secondary">{sum.text}</Typography.Text>;
        return (
          <Tooltip title={t('criteria.sumMismatch', { sum: sum.text, max: formatPoints(row.maxPoints) })}>
            <Typography.Text type="danger" strong data-testid={`sum-mismatch-${row.code}`}>
              <WarningOutlined /> {sum.text}
            </Typography.Text>
          </Tooltip>
        );
      },
    },
  ];
  if (showDetails) {
    columns.push(
      {
        title: t('criteria.answerType'),
        dataIndex: 'answerType',
        width: 130,
        render: (value: string, row) => {
          if (row.children) return null;
          const label = t(`criteria.answerTypes.${value}`, { defaultValue: value });
          const rule =
            row.answerType === 'RATE' && row.bands?.length
              ? describeBands(row.bands)
              : row.answerType === 'DEDUCTION' && row.pointsPerEvent != null
                ? t('criteria.deductionRule', { points: formatPoints(row.pointsPerEvent) })
                : null;
          return rule ? (
            <Tooltip title={rule}>
              <span data-testid={`answer-rule-${row.code}`}>
                {label} <Typography.Text type="secondary">ⓘ</Typography.Text>
              </span>
            </Tooltip>
          ) : (
            label
          );
        },
      },
      {
        title: t('criteria.notApplicable'),
        dataIndex: 'notApplicableAllowed',
        width: 110,
        align: 'center',
        render: (allowed: boolean) => (allowed ? <CheckOutlined aria-label={t('criteria.notApplicableAllowed')} /> : null),
      },
      { title: t('criteria.guidance'), dataIndex: 'guidance', width: 240, render: (v: string | null) => <LongText value={v} /> },
      { title: t('criteria.evidence'), dataIndex: 'evidence', width: 240, render: (v: string | null) => <LongText value={v} /> },
    );
  }
  if (actions) {
    columns.push({ title: t('common.actions'), key: 'actions', width: actionsWidth, fixed: 'right', render: (_, row) => actions(row) });
  }

  const hasError = (row: CriteriaTreeRow) =>
    Boolean(errorCodes?.has(row.code) || row.sumMismatch);

  return (
    <Table<CriteriaTreeRow>
      rowKey="key"
      size="small"
      bordered
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: showDetails ? 1300 : undefined }}
      rowClassName={(row) => (hasError(row) ? 'row-error' : '')}
      locale={emptyText ? { emptyText } : undefined}
      expandable={{
        expandedRowKeys: allKeys.filter((k) => !collapsed.has(k)),
        onExpand: (expanded, row) =>
          setCollapsed((prev) => {
            const next = new Set(prev);
            if (expanded) next.delete(row.key);
            else next.add(row.key);
            return next;
          }),
        indentSize: 16,
      }}
      data-testid={testId}
    />
  );
}
