import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, type ButtonProps, Form, Modal, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PointsInput } from '@/components/ui/points-input';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { applyFieldErrors } from '@/lib/form-errors';
import { useEmulationPermissions } from '../hooks/use-emulation-permissions';
import { useLevelName } from '../hooks/use-level-name';
import { useUpdateTarget } from '../hooks/use-movements';
import type { MovementDetail, Target, UpdateThresholdsRequest } from '../types';
import { formatThreshold, groupTargets } from '../utils/indicators';

type Row = Target & { groupSpan: number };

/** The targets grouped by `group`, a threshold column per level of the movement; managers change the thresholds. */
export function TargetsPanel({ movement }: { movement: MovementDetail }) {
  const { t } = useTranslation();
  const can = useEmulationPermissions();
  const levelName = useLevelName();
  const [editing, setEditing] = useState<Target>();
  const words = { yes: t('emulation.yes'), no: t('emulation.no') };
  const rows: Row[] = groupTargets(movement.targets).flatMap((g) => g.targets.map((target, i) => ({ ...target, groupSpan: i === 0 ? g.targets.length : 0 })));

  const columns: ColumnsType<Row> = [
    { title: t('emulation.targets.group'), dataIndex: 'group', width: 180, onCell: (r) => ({ rowSpan: r.groupSpan }) },
    {
      title: t('emulation.targets.title'),
      dataIndex: 'title',
      render: (title: string, r) => (
        <div>
          <div>{title}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.code}
            {r.basis ? ` · ${r.basis}` : ''}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('emulation.targets.source'),
      key: 'source',
      width: 130,
      render: (_: unknown, r) => (
        <div>
          <Tag color={r.source === 'COMPUTED' ? 'blue' : 'gold'}>{t(`emulation.targets.sources.${r.source}`)}</Tag>
          <div style={{ fontSize: 12 }}>{t(`emulation.targets.kinds.${r.kind}`)}</div>
        </div>
      ),
    },
    ...movement.levels.map((level) => ({
      title: levelName(level),
      key: level,
      width: 130,
      align: 'center' as const,
      render: (_: unknown, r: Row) => {
        const value = r.thresholds[level];
        return value === undefined || value === null ? (
          <Typography.Text type="secondary" italic data-testid={`threshold-${r.code}-${level}`}>
            {t('emulation.scoreboard.notApplicable')}
          </Typography.Text>
        ) : (
          <strong data-testid={`threshold-${r.code}-${level}`}>{formatThreshold(r.kind, r.comparator, value, words)}</strong>
        );
      },
    })),
    ...(can.manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, r: Row) => (
              <Tooltip title={t('common.edit')}>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)} data-testid={`target-edit-${r.code}`} aria-label={t('common.edit')} />
              </Tooltip>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Table<Row>
        rowKey="code"
        size="small"
        bordered
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 700 + 130 * movement.levels.length }}
        data-testid="targets-table"
      />
      {can.manage ? <ThresholdsModal movement={movement} target={editing} onClose={() => setEditing(undefined)} /> : null}
    </>
  );
}

const fieldOf = (level: string) => `thresholds.${level}`;

function ThresholdsModal({ movement, target, onClose }: { movement: MovementDetail; target: Target | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const levelName = useLevelName();
  const [form] = Form.useForm<Record<string, number | null>>();
  const update = useUpdateTarget(movement.id);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const fields = movement.levels.map(fieldOf);

  const close = () => {
    setUnmatched([]);
    update.reset();
    onClose();
  };

  const onFinish = (values: Record<string, number | null | undefined>) => {
    if (!target) return;
    const thresholds: UpdateThresholdsRequest['thresholds'] = {};
    for (const level of movement.levels) {
      const value = values[fieldOf(level)];
      if (value !== null && value !== undefined) thresholds[level] = value;
    }
    setUnmatched([]);
    update.mutate(
      { code: target.code, body: { thresholds } },
      {
        onSuccess: () => {
          void message.success(t('emulation.targets.saved', { title: target.title }));
          close();
        },
        onError: (error) => setUnmatched(applyFieldErrors(form, error, fields)),
      },
    );
  };

  return (
    <Modal
      open={target !== undefined}
      title={target ? t('emulation.targets.editTitle', { title: target.title }) : undefined}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      okButtonProps={{ 'data-testid': 'thresholds-ok' } as ButtonProps}
      destroyOnHidden
    >
      {update.error && !(isApiError(update.error) && update.error.errors.length > 0) ? <ErrorAlert error={update.error} style={{ marginBottom: 12 }} /> : null}
      {unmatched.length > 0 ? <Alert type="error" showIcon title={unmatched.join('; ')} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph type="secondary">{t('emulation.targets.editHint')}</Typography.Paragraph>
      {target ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={Object.fromEntries(movement.levels.map((level) => [fieldOf(level), target.thresholds[level] ?? null]))}
          data-testid="thresholds-form"
        >
          {movement.levels.map((level) => (
            <Form.Item key={level} name={fieldOf(level)} label={`${levelName(level)} (${target.comparator === 'AT_MOST' ? '≤' : '≥'})`}>
              <PointsInput
                step={1}
                max={target.kind === 'PERCENT' ? 100 : undefined}
                suffix={target.kind === 'PERCENT' ? '%' : undefined}
                style={{ width: 160 }}
                data-testid={`threshold-input-${level}`}
              />
            </Form.Item>
          ))}
        </Form>
      ) : null}
    </Modal>
  );
}
