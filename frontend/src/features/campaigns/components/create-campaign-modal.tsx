import { Alert, type ButtonProps, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { applyFieldErrors } from '@/lib/form-errors';
import { useUnits } from '@/lib/units';
import { useCreateCampaign, usePublishedCriteriaSets } from '../hooks/use-campaigns';
import type { Campaign, CreateCampaignRequest } from '../types';

const DATE_FORMAT = 'DD/MM/YYYY';
const FIELDS = ['name', 'year', 'criteriaSetId', 'assessedUnitIds', 'councilDeadline', 'selfAssessmentDeadline', 'appraisalDeadline', 'sipasCode'];

type Values = {
  name: string;
  year: number;
  criteriaSetId?: number;
  assessedUnitIds: number[];
  councilDeadline: Dayjs | null;
  selfAssessmentDeadline: Dayjs | null;
  appraisalDeadline: Dayjs | null;
  sipasCode?: string;
};

/** Seed 002: council by 30/10, self-assessment by 05/11, results by 20/11 of the year. */
export const defaultDeadlines = (year: number) => ({
  councilDeadline: dayjs(`${year}-10-30`),
  selfAssessmentDeadline: dayjs(`${year}-11-05`),
  appraisalDeadline: dayjs(`${year}-11-20`),
});

const isoDate = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export function CreateCampaignModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (c: Campaign) => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const sets = usePublishedCriteriaSets(open);
  const units = useUnits(open);
  const create = useCreateCampaign();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const year = new Date().getFullYear();

  const communeIds = useMemo(() => (units.data ?? []).filter((u) => u.level === 'COMMUNE').map((u) => u.id), [units.data]);

  // communes are preselected once the units are known (the user may change the choice)
  useEffect(() => {
    if (open && communeIds.length > 0 && !form.isFieldTouched('assessedUnitIds')) form.setFieldValue('assessedUnitIds', communeIds);
  }, [open, communeIds, form]);

  const onYearChange = (value: number | null) => {
    if (!value || value < 2000 || value > 2100) return;
    const touched = (['councilDeadline', 'selfAssessmentDeadline', 'appraisalDeadline'] as const).some((f) => form.isFieldTouched(f));
    if (!touched) form.setFieldsValue(defaultDeadlines(value));
  };

  const close = () => {
    form.resetFields();
    setUnmatched([]);
    create.reset();
    onClose();
  };

  const onFinish = (v: Values) => {
    const body: CreateCampaignRequest = {
      name: v.name.trim(),
      year: v.year,
      criteriaSetId: v.criteriaSetId!,
      assessedUnitIds: v.assessedUnitIds ?? [],
      councilDeadline: isoDate(v.councilDeadline),
      selfAssessmentDeadline: isoDate(v.selfAssessmentDeadline),
      appraisalDeadline: isoDate(v.appraisalDeadline),
      sipasCode: v.sipasCode?.trim() ? v.sipasCode.trim() : null,
    };
    setUnmatched([]);
    create.mutate(body, {
      onSuccess: (campaign) => {
        void message.success(t('campaigns.created', { name: campaign.name }));
        form.resetFields();
        onCreated(campaign);
      },
      onError: (error) => setUnmatched(applyFieldErrors(form, error, FIELDS)),
    });
  };

  return (
    <Modal
      open={open}
      title={t('campaigns.form.title')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('campaigns.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'campaign-create-ok' } as ButtonProps}
      width={720}
      destroyOnHidden
    >
      {create.error && !(isApiError(create.error) && create.error.errors.length > 0) ? (
        <ErrorAlert error={create.error} style={{ marginBottom: 12 }} />
      ) : null}
      {unmatched.length > 0 ? <Alert type="error" showIcon title={unmatched.join('; ')} style={{ marginBottom: 12 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ year, assessedUnitIds: communeIds, ...defaultDeadlines(year) }}
        data-testid="campaign-form"
      >
        <Form.Item name="name" label={t('campaigns.name')} rules={[{ required: true, whitespace: true, message: t('campaigns.form.nameRequired') }]}>
          <Input maxLength={500} placeholder={t('campaigns.form.namePlaceholder', { year })} data-testid="campaign-name" />
        </Form.Item>
        <Space wrap align="start" size="middle">
          <Form.Item name="year" label={t('campaigns.year')} rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber<number> min={2000} max={2100} precision={0} onChange={onYearChange} data-testid="campaign-year" />
          </Form.Item>
          <Form.Item
            name="criteriaSetId"
            label={t('campaigns.criteriaSet')}
            rules={[{ required: true, message: t('campaigns.form.criteriaSetRequired') }]}
            style={{ minWidth: 420 }}
          >
            <Select
              loading={sets.isLoading}
              notFoundContent={t('campaigns.form.noPublishedSet')}
              options={(sets.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.year})` }))}
              data-testid="campaign-criteria-set"
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="assessedUnitIds"
          label={t('campaigns.form.units')}
          extra={t('campaigns.form.unitsHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('campaigns.form.unitsRequired') }]}
        >
          <Select
            mode="multiple"
            loading={units.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            maxTagCount="responsive"
            data-testid="campaign-units"
          />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('campaigns.form.deadlinesHint')}
        </Typography.Paragraph>
        <Space wrap size="middle">
          <Form.Item name="councilDeadline" label={t('campaigns.councilDeadline')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="selfAssessmentDeadline" label={t('campaigns.selfAssessmentDeadline')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="appraisalDeadline" label={t('campaigns.appraisalDeadline')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
        <Form.Item name="sipasCode" label={t('campaigns.sipasCode')} extra={t('campaigns.sipasHint')}>
          <Input maxLength={50} placeholder="8.1" style={{ width: 160 }} data-testid="campaign-sipas" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
