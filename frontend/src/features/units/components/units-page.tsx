import { DeleteOutlined, EditOutlined, HistoryOutlined, PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import { currentLanguage } from '@/lib/i18n';
import { levelName, usePublicConfig } from '@/lib/public-config';
import { buildUnitTree, flattenUnitTree, type UnitNode } from '@/lib/unit-tree';
import { UNITS_QUERY_KEY, useUnits } from '@/lib/units';
import { ImportDialog } from '@/components/import/import-dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { importUnits, UNITS_IMPORT_TEMPLATE_URL } from '../api/import-units';
import { useDeleteUnit } from '../hooks/use-unit-mutations';
import type { Unit } from '../types';
import { UnitFormModal } from './unit-form-modal';
import { UnitHistoryDrawer } from './unit-history-drawer';
import { useFeedback } from '@/lib/feedback';

const LEVEL_COLORS = ['magenta', 'geekblue', 'green', 'orange', 'cyan', 'purple'];

type Editing = { unit?: Unit; parentId?: number | null } | null;

function matches(unit: Unit, q: string): boolean {
  const needle = q.toLocaleLowerCase('vi');
  return [unit.name, unit.shortName ?? '', ...unit.aliases].some((v) => v.toLocaleLowerCase('vi').includes(needle));
}

export function UnitsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const unitsQuery = useUnits();
  const config = usePublicConfig();
  const levels = config.data?.levels ?? [];
  const remove = useDeleteUnit();
  const [editing, setEditing] = useState<Editing>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [historyOf, setHistoryOf] = useState<Unit | undefined>(undefined);
  const [search, setSearch] = useState('');

  const units = useMemo(() => unitsQuery.data ?? [], [unitsQuery.data]);
  const tree = useMemo(() => buildUnitTree(units), [units]);
  const allKeys = useMemo(() => flattenUnitTree(tree).map((n) => n.id), [tree]);
  const [collapsedKeys, setCollapsedKeys] = useState<Set<number>>(new Set());
  const filtered = useMemo(() => (search.trim() ? flattenUnitTree(tree).filter((u) => matches(u, search.trim())).map((u) => ({ ...u, children: undefined })) : null), [tree, search]);

  const levelColor = (code: string) => {
    const index = levels.findIndex((l) => l.code === code);
    return LEVEL_COLORS[(index < 0 ? 0 : index) % LEVEL_COLORS.length];
  };

  const onDelete = (unit: Unit) =>
    remove.mutate(unit.id, {
      onSuccess: () => void message.success(t('units.deleted', { name: unit.name })),
      onError: (error) =>
        void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6),
    });

  return (
    <>
      <PageHeader
        title={t('units.title')}
        description={t('units.description')}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => void unitsQuery.refetch()} loading={unitsQuery.isFetching}>
              {t('common.refresh')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="units-import">
              {t('import.button')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="unit-create">
              {t('units.create')}
            </Button>
          </Space>
        }
      />
      <Card>
        {unitsQuery.error ? <ErrorAlert error={unitsQuery.error} style={{ marginBottom: 16 }} /> : null}
        <Space style={{ marginBottom: 16 }} wrap>
          <Input.Search
            allowClear
            placeholder={t('units.searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 320 }}
          />
          <Typography.Text type="secondary">{t('units.count', { count: units.length })}</Typography.Text>
        </Space>
        {!unitsQuery.isLoading && units.length === 0 && !unitsQuery.error ? (
          <Alert type="info" showIcon title={t('units.empty')} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<UnitNode>
          rowKey="id"
          size="middle"
          loading={unitsQuery.isLoading}
          dataSource={filtered ?? tree}
          pagination={false}
          expandable={{
            expandedRowKeys: allKeys.filter((k) => !collapsedKeys.has(k)),
            onExpand: (expanded, record) =>
              setCollapsedKeys((prev) => {
                const next = new Set(prev);
                if (expanded) next.delete(record.id);
                else next.add(record.id);
                return next;
              }),
            indentSize: 24,
          }}
          data-testid="units-table"
          columns={[
            {
              title: t('units.name'),
              dataIndex: 'name',
              render: (name: string, unit) => (
                <span>
                  <Typography.Text strong={unit.depth === 0}>{name}</Typography.Text>
                  {unit.shortName ? <Typography.Text type="secondary"> ({unit.shortName})</Typography.Text> : null}
                </span>
              ),
            },
            {
              title: t('units.level'),
              dataIndex: 'level',
              width: 200,
              render: (code: string) => <Tag color={levelColor(code)}>{levelName(levels, code, language)}</Tag>,
            },
            {
              title: t('units.aliases'),
              dataIndex: 'aliases',
              render: (aliases: string[]) => (
                <Space size={4} wrap>
                  {aliases.map((a) => (
                    <Tag key={a}>{a}</Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 180,
              render: (_, unit) => (
                <Space size={0}>
                  <Button type="link" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} title={t('common.edit')} onClick={() => setEditing({ unit })} data-testid={`unit-edit-${unit.id}`} />
                  <Button type="link" size="small" icon={<HistoryOutlined />} aria-label={t('units.history')} title={t('units.history')} onClick={() => setHistoryOf(unit)} data-testid={`unit-history-${unit.id}`} />
                  <Button type="link" size="small" icon={<PlusOutlined />} aria-label={t('units.createChild')} title={t('units.createChild')} onClick={() => setEditing({ parentId: unit.id })} />
                  <Popconfirm
                    title={t('units.deleteConfirm', { name: unit.name })}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => onDelete(unit)}
                  >
                    <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} title={t('common.delete')} />
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <UnitFormModal
        open={editing !== null}
        unit={editing?.unit}
        defaultParentId={editing?.parentId}
        units={units}
        levels={levels}
        onClose={() => setEditing(null)}
      />
      <UnitHistoryDrawer unit={historyOf} onClose={() => setHistoryOf(undefined)} />
      <ImportDialog
        open={importOpen}
        title={t('units.importTitle')}
        templateUrl={UNITS_IMPORT_TEMPLATE_URL}
        upload={importUnits}
        onClose={() => setImportOpen(false)}
        onImported={() => void queryClient.invalidateQueries({ queryKey: UNITS_QUERY_KEY })}
        columns={[
          { name: 'Tên đơn vị', hint: t('units.importCols.name') },
          { name: 'Tên viết tắt', hint: t('units.importCols.shortName') },
          { name: 'Cấp', hint: t('units.importCols.level', { levels: levels.map((l) => `${l.code} / ${l.nameVi}`).join(', ') }) },
          { name: 'Đơn vị cấp trên', hint: t('units.importCols.parent') },
          { name: 'Tên gọi khác', hint: t('units.importCols.aliases') },
        ]}
      />
    </>
  );
}
