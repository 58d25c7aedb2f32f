import { PaperClipOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Select, Space, Switch, Table, Tag, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isApiError } from '@/lib/api-client';
import { useMe } from '@/lib/auth';
import { useFeedback } from '@/lib/feedback';
import { applyFieldErrors } from '@/lib/form-errors';
import { formatDateTime, formatNumber } from '@/lib/format';
import { descendantIds } from '@/lib/unit-tree';
import { useUnits } from '@/lib/units';
import { entryEvidenceUrl } from '../api/download-entry-evidence';
import { useEmulationPermissions } from '../hooks/use-emulation-permissions';
import { useCreateEntry, useEntries, useUploadEntryEvidence } from '../hooks/use-entries';
import { type CreateEntryRequest, type Entry, type MovementDetail, type Period, PERIODS, type Target } from '../types';
import { formatValue } from '../utils/indicators';
import { apiMessage } from './nominate-modal';

const FIELDS = ['unitId', 'targetCode', 'period', 'numerator', 'denominator', 'note'];

type Values = {
  unitId?: number;
  targetCode?: string;
  period: Period;
  numerator?: number | null;
  denominator?: number | null;
  achieved?: boolean;
  note?: string;
};

/** The quarter of today: Q1..Q4. */
export const currentPeriod = (now = new Date()): Period => PERIODS[Math.floor(now.getMonth() / 3)];

/** The request for a figure of the chosen target: numerator/denominator (PERCENT), a count (COUNT) or 1/0 (YES_NO). */
export function entryBody(values: Values, target: Target): CreateEntryRequest {
  const note = values.note?.trim() ? values.note.trim() : null;
  const base = { unitId: values.unitId!, targetCode: target.code, period: values.period, note };
  if (target.kind === 'YES_NO') return { ...base, numerator: values.achieved ? 1 : 0, denominator: null };
  if (target.kind === 'COUNT') return { ...base, numerator: values.numerator ?? null, denominator: null };
  return { ...base, numerator: values.numerator ?? null, denominator: values.denominator ?? null };
}

/** "96,5% (193/200)", "2", "Có". */
export function entryValue(entry: Pick<Entry, 'numerator' | 'denominator'>, target: Target | undefined, words: { yes: string; no: string }): string {
  if (!target || target.kind === 'PERCENT') {
    if (entry.numerator === null || entry.denominator === null || !(entry.denominator > 0)) return '';
    return `${formatValue('PERCENT', (entry.numerator / entry.denominator) * 100, words)} (${formatNumber(entry.numerator)}/${formatNumber(entry.denominator)})`;
  }
  return formatValue(target.kind, entry.numerator, words);
}

/** "Số liệu nhập": the figures PAR Tracker does not know, entered per unit/target/quarter with evidence, and their history. */
export function EntriesPanel({ movement }: { movement: MovementDetail }) {
  const { t } = useTranslation();
  const can = useEmulationPermissions();
  const query = useEntries(movement.id);
  const targetByCode = useMemo(() => new Map(movement.targets.map((target) => [target.code, target])), [movement.targets]);
  const words = { yes: t('emulation.yes'), no: t('emulation.no') };

  return (
    <Flex vertical gap={16}>
      {can.enter ? <EntryForm movement={movement} /> : null}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('emulation.entries.historyTitle')}
      </Typography.Title>
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <Table<Entry>
        rowKey="id"
        size="small"
        loading={query.isLoading}
        dataSource={query.data ?? []}
        pagination={(query.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: t('emulation.entries.empty') }}
        scroll={{ x: 1100 }}
        data-testid="entries-table"
        onRow={(e) =>
          ({ 'data-testid': `entry-row-${e.id}`, 'data-current': String(e.current), style: e.current ? undefined : { color: '#8c8c8c' } }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('emulation.entries.enteredAt'),
            key: 'entered',
            width: 170,
            render: (_: unknown, e) => (
              <div>
                <div>{formatDateTime(e.enteredAt)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.enteredBy}
                </Typography.Text>
              </div>
            ),
          },
          { title: t('emulation.entries.unit'), dataIndex: 'unitName', width: 180 },
          { title: t('emulation.entries.target'), dataIndex: 'targetCode', render: (code: string) => targetByCode.get(code)?.title ?? code },
          { title: t('emulation.entries.period'), dataIndex: 'period', width: 80, render: (p: Period) => t(`emulation.entries.periods.${p}`) },
          { title: t('emulation.entries.value'), key: 'value', width: 150, render: (_: unknown, e) => entryValue(e, targetByCode.get(e.targetCode), words) },
          { title: t('emulation.entries.note'), dataIndex: 'note', width: 180 },
          {
            title: t('emulation.entries.status'),
            dataIndex: 'current',
            width: 110,
            render: (current: boolean) =>
              current ? <Tag color="green">{t('emulation.entries.current')}</Tag> : <Tag>{t('emulation.entries.replaced')}</Tag>,
          },
          {
            title: t('emulation.entries.evidence'),
            key: 'evidence',
            width: 200,
            render: (_: unknown, e) => (
              <Flex vertical gap={2}>
                {e.evidence.map((a) => (
                  <a key={a.id} href={entryEvidenceUrl(movement.id, e.id, a.id)} download={a.filename} style={{ wordBreak: 'break-all' }}>
                    <PaperClipOutlined /> {a.filename}
                  </a>
                ))}
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}

function EntryForm({ movement }: { movement: MovementDetail }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const can = useEmulationPermissions();
  const me = useMe().data;
  const units = useUnits();
  const create = useCreateEntry(movement.id);
  const upload = useUploadEntryEvidence(movement.id);
  const [form] = Form.useForm<Values>();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [saved, setSaved] = useState<Entry>();
  const targets = movement.targets.filter((target) => target.source === 'ENTERED');
  const targetCode = Form.useWatch('targetCode', form);
  const target = targets.find((x) => x.code === targetCode);

  // unit heads enter for their own unit and the units below it; coordinators for any unit of the movement's levels
  const unitOptions = useMemo(() => {
    const all = units.data ?? [];
    const own = can.unitHead && me?.unit ? descendantIds(all, me.unit.id) : undefined;
    return all
      .filter((u) => (own ? own.has(u.id) : true))
      .filter((u) => (movement.levels as string[]).includes(u.level))
      .map((u) => ({ value: u.id, label: u.name }));
  }, [units.data, can.unitHead, me?.unit, movement.levels]);

  const onFinish = (values: Values) => {
    if (!target) return;
    setUnmatched([]);
    setSaved(undefined);
    create.mutate(entryBody(values, target), {
      onSuccess: (entry) => {
        void message.success(t('emulation.entries.saved'));
        setSaved(entry);
        form.setFieldsValue({ numerator: null, denominator: null, achieved: false, note: undefined });
      },
      onError: (error) => setUnmatched(applyFieldErrors(form, error, FIELDS)),
    });
  };

  const sendEvidence = (file: File) => {
    if (!saved) return;
    upload.mutate(
      { entryId: saved.id, file },
      {
        onSuccess: (entry) => {
          setSaved(entry);
          void message.success(t('emulation.entries.uploaded', { name: file.name }));
        },
        onError: (error) => void message.error(apiMessage(error, t('errors.unexpected')), 6),
      },
    );
  };

  const onlyUnit = unitOptions.length === 1 ? unitOptions[0].value : undefined;

  return (
    <Card size="small" title={t('emulation.entries.formTitle')}>
      {create.error && !(isApiError(create.error) && create.error.errors.length > 0) ? <ErrorAlert error={create.error} style={{ marginBottom: 12 }} /> : null}
      {unmatched.length > 0 ? <Alert type="error" showIcon title={unmatched.join('; ')} style={{ marginBottom: 12 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ period: currentPeriod(), unitId: onlyUnit, achieved: false }}
        data-testid="entry-form"
      >
        <Space wrap align="start" size="middle">
          <Form.Item name="unitId" label={t('emulation.entries.unit')} rules={[{ required: true, message: t('emulation.entries.required') }]} style={{ minWidth: 280 }}>
            <Select
              loading={units.isLoading}
              showSearch={{ optionFilterProp: 'label' }}
              options={unitOptions}
              data-testid="entry-unit"
            />
          </Form.Item>
          <Form.Item name="targetCode" label={t('emulation.entries.target')} rules={[{ required: true, message: t('emulation.entries.required') }]} style={{ minWidth: 360 }}>
            <Select options={targets.map((x) => ({ value: x.code, label: x.title }))} data-testid="entry-target" />
          </Form.Item>
          <Form.Item name="period" label={t('emulation.entries.period')} rules={[{ required: true, message: t('emulation.entries.required') }]}>
            <Select style={{ width: 120 }} options={PERIODS.map((p) => ({ value: p, label: t(`emulation.entries.periods.${p}`) }))} data-testid="entry-period" />
          </Form.Item>
        </Space>
        {target?.kind === 'PERCENT' ? (
          <Space wrap align="start" size="middle">
            <Form.Item
              name="numerator"
              label={target.numeratorLabel ?? t('emulation.entries.numerator')}
              rules={[{ required: true, message: t('emulation.entries.required') }]}
            >
              <InputNumber<number> min={0} style={{ width: 200 }} data-testid="entry-numerator" />
            </Form.Item>
            <Form.Item
              name="denominator"
              label={target.denominatorLabel ?? t('emulation.entries.denominator')}
              rules={[{ required: true, message: t('emulation.entries.required') }]}
            >
              <InputNumber<number> min={0} style={{ width: 200 }} data-testid="entry-denominator" />
            </Form.Item>
          </Space>
        ) : null}
        {target?.kind === 'COUNT' ? (
          <Form.Item name="numerator" label={target.numeratorLabel ?? t('emulation.entries.count')} rules={[{ required: true, message: t('emulation.entries.required') }]}>
            <InputNumber<number> min={0} precision={0} style={{ width: 200 }} data-testid="entry-numerator" />
          </Form.Item>
        ) : null}
        {target?.kind === 'YES_NO' ? (
          <Form.Item name="achieved" label={target.numeratorLabel ?? t('emulation.entries.achieved')} valuePropName="checked">
            <Switch checkedChildren={t('emulation.yes')} unCheckedChildren={t('emulation.no')} data-testid="entry-yes-no" />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('emulation.entries.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} data-testid="entry-note" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={create.isPending} disabled={!target} data-testid="entry-submit">
          {t('emulation.entries.submit')}
        </Button>
      </Form>
      {saved ? (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="entry-saved"
          title={t('emulation.entries.evidenceHint')}
          description={
            <Flex vertical gap={6}>
              {saved.evidence.map((a) => (
                <a key={a.id} href={entryEvidenceUrl(movement.id, saved.id, a.id)} download={a.filename}>
                  <PaperClipOutlined /> {a.filename}
                </a>
              ))}
              <Upload
                multiple={false}
                showUploadList={false}
                beforeUpload={(file) => {
                  sendEvidence(file as File);
                  return false; // sent by the mutation, not by antd
                }}
                disabled={upload.isPending}
              >
                <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="entry-evidence-upload">
                  {t('emulation.entries.upload')}
                </Button>
              </Upload>
            </Flex>
          }
        />
      ) : null}
    </Card>
  );
}
