import { UndoOutlined } from '@ant-design/icons';
import { Button, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '@/lib/units';
import type { ResponsibilityRequest } from '../types';
import type { MatrixRow } from '../utils/criteria-tree';

type Props = {
  rows: MatrixRow[];
  units: Unit[];
  editable: boolean;
  loading?: boolean;
  /** node id of the row being saved */
  savingNodeId?: number | null;
  onSave: (row: MatrixRow, body: ResponsibilityRequest) => void;
  onReset: (row: MatrixRow) => void;
};

export function unitLabel(unit: Pick<Unit, 'name' | 'shortName'>): string {
  return unit.shortName ? `${unit.name} (${unit.shortName})` : unit.name;
}

function NoteCell({ row, editable, onSave }: { row: MatrixRow; editable: boolean; onSave: (note: string | null) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(row.note ?? '');
  useEffect(() => setValue(row.note ?? ''), [row.note]);
  if (!editable) return <Typography.Text type={row.inherited ? 'secondary' : undefined}>{row.note ?? ''}</Typography.Text>;
  const commit = () => {
    const note = value.trim() || null;
    if (note !== (row.note ?? null)) onSave(note);
  };
  return (
    <Input.TextArea
      value={value}
      autoSize={{ minRows: 1, maxRows: 4 }}
      placeholder={t('matrix.note')}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onPressEnter={(e) => {
        if (!e.shiftKey) {
          e.preventDefault();
          commit();
        }
      }}
      data-testid={`note-${row.code}`}
    />
  );
}

/** The responsibility matrix: one row per field, its criteria indented under it. */
export function ResponsibilityGrid({ rows, units, editable, loading, savingNodeId, onSave, onReset }: Props) {
  const { t } = useTranslation();
  const unitsById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const nameOf = (id: number) => {
    const unit = unitsById.get(id);
    return unit ? unitLabel(unit) : t('matrix.unknownUnit', { id });
  };
  const options = useMemo(() => {
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    const known = [...units].sort((a, b) => collator.compare(a.name, b.name)).map((u) => ({ value: u.id, label: unitLabel(u) }));
    // units the rows name but the caller cannot see: keep them choosable under a placeholder name
    const missing = new Set<number>();
    for (const row of rows) {
      if (row.leadUnitId !== null && !unitsById.has(row.leadUnitId)) missing.add(row.leadUnitId);
      for (const id of row.supportingUnitIds) if (!unitsById.has(id)) missing.add(id);
    }
    return [...known, ...[...missing].map((id) => ({ value: id, label: t('matrix.unknownUnit', { id }) }))];
  }, [units, unitsById, rows, t]);

  const body = (row: MatrixRow, change: Partial<ResponsibilityRequest>): ResponsibilityRequest => ({
    leadUnitId: row.leadUnitId,
    supportingUnitIds: row.supportingUnitIds,
    note: row.note,
    ...change,
  });

  const stateTag = (row: MatrixRow) => {
    if (row.inherited) return <Tag color="default" data-testid={`state-${row.code}`}>{t('matrix.inherited')}</Tag>;
    if (row.unassigned && row.supportingUnitIds.length === 0) return <Tag color="warning" data-testid={`state-${row.code}`}>{t('matrix.unassigned')}</Tag>;
    return <Tag color="blue" data-testid={`state-${row.code}`}>{t('matrix.own')}</Tag>;
  };

  return (
    <Table<MatrixRow>
      rowKey="nodeId"
      size="small"
      bordered
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1200 }}
      locale={{ emptyText: t('matrix.empty') }}
      data-testid="matrix-grid"
      onRow={(row) => ({ style: row.isField ? { background: '#fafafa' } : undefined })}
      columns={[
        {
          title: t('criteria.code'),
          dataIndex: 'code',
          width: 90,
          render: (code: string, row) => (
            <Typography.Text strong={row.isField} style={{ paddingInlineStart: row.isField ? 0 : 16 }}>
              {code}
            </Typography.Text>
          ),
        },
        {
          title: t('criteria.nodeTitle'),
          dataIndex: 'title',
          render: (title: string, row) => (
            <Typography.Text strong={row.isField} style={{ display: 'block', paddingInlineStart: row.isField ? 0 : 16 }}>
              {title}
            </Typography.Text>
          ),
        },
        {
          title: t('matrix.lead'),
          key: 'lead',
          width: 260,
          render: (_, row) =>
            editable ? (
              <Select<number | null>
                style={{ width: '100%' }}
                value={row.leadUnitId ?? undefined}
                options={options}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('matrix.selectLead')}
                variant={row.inherited ? 'filled' : 'outlined'}
                disabled={savingNodeId === row.nodeId}
                onChange={(value) => onSave(row, body(row, { leadUnitId: value ?? null }))}
                data-testid={`lead-${row.code}`}
              />
            ) : (
              <Typography.Text type={row.inherited ? 'secondary' : undefined} data-testid={`lead-${row.code}`}>
                {row.leadUnitId !== null ? nameOf(row.leadUnitId) : ''}
              </Typography.Text>
            ),
        },
        {
          title: t('matrix.supporting'),
          key: 'supporting',
          width: 340,
          render: (_, row) =>
            editable ? (
              <Select<number[]>
                mode="multiple"
                style={{ width: '100%' }}
                value={row.supportingUnitIds}
                options={options}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('matrix.selectSupporting')}
                variant={row.inherited ? 'filled' : 'outlined'}
                disabled={savingNodeId === row.nodeId}
                onChange={(value) => onSave(row, body(row, { supportingUnitIds: value ?? [] }))}
                data-testid={`support-${row.code}`}
              />
            ) : (
              <Typography.Text type={row.inherited ? 'secondary' : undefined} data-testid={`support-${row.code}`}>
                {row.supportingUnitIds.map(nameOf).join('; ')}
              </Typography.Text>
            ),
        },
        {
          title: t('matrix.note'),
          key: 'note',
          width: 220,
          render: (_, row) => <NoteCell row={row} editable={editable} onSave={(note) => onSave(row, body(row, { note }))} />,
        },
        {
          title: t('matrix.state'),
          key: 'state',
          width: editable ? 180 : 130,
          render: (_, row) => (
            <Space size={4} wrap>
              {stateTag(row)}
              {editable && row.resettable ? (
                <Popconfirm
                  title={t('matrix.resetConfirm', { code: row.code })}
                  okText={t('matrix.reset')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => onReset(row)}
                >
                  <Tooltip title={t('matrix.reset')}>
                    <Button size="small" type="link" icon={<UndoOutlined />} aria-label={`${t('matrix.reset')} ${row.code}`} data-testid={`reset-${row.code}`}>
                      {t('matrix.reset')}
                    </Button>
                  </Tooltip>
                </Popconfirm>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
