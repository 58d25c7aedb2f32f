import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ClassificationTag } from '@/components/ui/classification-tag';
import { formatPoints } from '@/lib/format';
import type { FieldScore, UnitResult } from '../types';
import { indexChange, rankedUnits } from '../utils/results';

/** "+3,25" green, "−1,5" red, "0" */
export function IndexChange({ value }: { value: number | null }) {
  if (value === null) return null;
  if (value > 0) return <Typography.Text type="success">+{formatPoints(value)}</Typography.Text>;
  if (value < 0) return <Typography.Text type="danger">−{formatPoints(-value)}</Typography.Text>;
  return <Typography.Text type="secondary">0</Typography.Text>;
}

/**
 * The ranking: rank, unit, index (comma decimals), classification; with `detailed` also the points,
 * last year's index and the change, and the field subtotals in an expanded row.
 */
export function ResultsTable({ units, detailed = false, testId = 'results-table' }: { units: readonly UnitResult[]; detailed?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const rows = rankedUnits(units);
  const sections = units.some((u) => u.bonus > 0 || u.penalty > 0);
  const number = (key: 'selfIndex' | 'round1Index' | 'round2Index' | 'bonus' | 'penalty', title: string) => ({
    title,
    dataIndex: key,
    width: 110,
    align: 'right' as const,
    render: (v: number | null) => <span data-testid={`result-${key}`}>{formatPoints(v)}</span>,
  });
  return (
    <Table<UnitResult>
      rowKey="unitId"
      size="middle"
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('campaigns.results.empty') }}
      scroll={{ x: detailed ? 1290 + (sections ? 220 : 0) : 560 }}
      sticky={detailed ? { offsetScroll: 0 } : undefined}
      data-testid={testId}
      expandable={
        detailed
          ? {
              fixed: 'left',
              rowExpandable: (u) => u.fields.length > 0,
              expandedRowRender: (u) => (
                <Table<FieldScore>
                  rowKey="code"
                  size="small"
                  pagination={false}
                  dataSource={u.fields}
                  data-testid={`result-fields-${u.unitId}`}
                  columns={[
                    { title: t('campaigns.results.field'), dataIndex: 'code', width: 80 },
                    { title: '', dataIndex: 'title' },
                    {
                      title: t('campaigns.results.points'),
                      key: 'points',
                      width: 140,
                      align: 'right',
                      render: (_: unknown, f) => `${formatPoints(f.achieved)}/${formatPoints(f.max)}`,
                    },
                  ]}
                />
              ),
            }
          : undefined
      }
      columns={[
        { title: t('campaigns.results.rank'), dataIndex: 'rank', width: 70, align: 'center', fixed: 'left', render: (r: number) => <strong data-testid="result-rank">{r}</strong> },
        { title: t('campaigns.results.unit'), dataIndex: 'unitName', width: 240, fixed: 'left' },
        ...(detailed
          ? [
              // the published table's three score columns: the unit's own, the council's, after the explanation
              number('selfIndex', t('campaigns.results.self')),
              number('round1Index', t('campaigns.results.round1')),
              number('round2Index', t('campaigns.results.round2')),
              ...(sections ? [number('bonus', t('campaigns.results.bonus')), number('penalty', t('campaigns.results.penalty'))] : []),
              {
                title: t('campaigns.results.points'),
                key: 'points',
                width: 140,
                align: 'right' as const,
                render: (_: unknown, u: UnitResult) => `${formatPoints(u.achieved)}/${formatPoints(u.max)}`,
              },
            ]
          : []),
        {
          title: t('campaigns.results.index'),
          dataIndex: 'index',
          width: 100,
          align: 'right',
          render: (v: number) => <strong data-testid="result-index">{formatPoints(v)}</strong>,
        },
        {
          title: t('campaigns.results.classification'),
          dataIndex: 'classification',
          width: 130,
          render: (c: UnitResult['classification']) => <ClassificationTag value={c} />,
        },
        ...(detailed
          ? [
              {
                title: t('campaigns.results.previous'),
                dataIndex: 'previousIndex',
                width: 100,
                align: 'right' as const,
                render: (v: number | null) => formatPoints(v),
              },
              {
                title: t('campaigns.results.change'),
                key: 'change',
                width: 100,
                align: 'right' as const,
                render: (_: unknown, u: UnitResult) => (
                  <span data-testid="result-change">
                    <IndexChange value={indexChange(u.index, u.previousIndex)} />
                  </span>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
