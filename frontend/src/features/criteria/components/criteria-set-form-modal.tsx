import { Alert, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select, Typography, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { applyFieldErrors } from '@/lib/form-errors';
import { currentLanguage } from '@/lib/i18n';
import type { Level } from '@/lib/public-config';
import { PointsInput } from '@/components/ui/points-input';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useCreateCriteriaSet } from '../hooks/use-criteria-sets';
import { useUpdateCriteriaSet } from '../hooks/use-criteria-set';
import type { CriteriaSet, Thresholds } from '../types';
import { useFeedback } from '@/lib/feedback';

const THRESHOLDS: (keyof Thresholds)[] = ['excellent', 'good', 'fair', 'average'];
const CLASSIFICATION_OF: Record<keyof Thresholds, string> = { excellent: 'EXCELLENT', good: 'GOOD', fair: 'FAIR', average: 'AVERAGE' };
const FIELDS = ['name', 'year', 'level'];

type FormValues = { name: string; year: number; level: string; thresholds?: Thresholds; indexCappedAt100?: boolean };

export const DEFAULT_LEVEL = 'DISTRICT';

export function levelOptions(levels: readonly Level[]) {
  const language = currentLanguage();
  return levels.map((l) => ({ value: l.code, label: language === 'en' ? l.nameEn || l.nameVi : l.nameVi }));
}

/** The error path "thresholds.good" of a 422 → the nested form field ["thresholds", "good"]. */
function toNamePath(field: string): ['thresholds', keyof Thresholds] {
  return ['thresholds', field.split('.')[1] as keyof Thresholds];
}

type Props = {
  open: boolean;
  /** the set to edit (name, year, level, thresholds); creates an empty draft when undefined */
  set?: CriteriaSet;
  levels: Level[];
  onClose: () => void;
  onCreated?: (set: CriteriaSet) => void;
};

export function CriteriaSetFormModal({ open, set, levels, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateCriteriaSet();
  const update = useUpdateCriteriaSet(set?.id ?? -1);
  const pending = create.isPending || update.isPending;
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setOtherErrors([]);
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      set
        ? { name: set.name, year: set.year, level: set.level, thresholds: set.thresholds, indexCappedAt100: set.indexCappedAt100 }
        : { year: new Date().getFullYear(), level: levels.some((l) => l.code === DEFAULT_LEVEL) ? DEFAULT_LEVEL : levels[0]?.code },
    );
  }, [open, set]);

  const onError = (e: unknown) => {
    setError(e);
    // "thresholds.good" errors go on the nested threshold fields
    const nested = isApiError(e) ? e.errors.filter((fe) => fe.field?.startsWith('thresholds.')) : [];
    const unmatched = applyFieldErrors(form, e, FIELDS).filter((m) => !m.startsWith('thresholds.'));
    form.setFields(nested.map((fe) => ({ name: toNamePath(fe.field!), errors: [fe.message] })));
    setOtherErrors(unmatched);
  };

  const submit = async () => {
    const values = await form.validateFields();
    setOtherErrors([]);
    setError(null);
    const base = { name: values.name.trim(), year: values.year, level: values.level };
    if (set) {
      update.mutate(
        { ...base, thresholds: values.thresholds ?? set.thresholds, indexCappedAt100: values.indexCappedAt100 ?? set.indexCappedAt100 },
        {
          onSuccess: () => {
            void message.success(t('criteria.updated'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(base, {
        onSuccess: (created) => {
          void message.success(t('criteria.created', { name: created.name }));
          onClose();
          onCreated?.(created);
        },
        onError,
      });
    }
  };

  const showGenericError = error && !(isApiError(error) && error.status === 422 && error.errors.length > 0);

  return (
    <Modal
      open={open}
      title={set ? t('criteria.editTitle') : t('criteria.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      forceRender
      width={640}
      okButtonProps={{ 'data-testid': 'criteria-set-save' } as ButtonProps}
    >
      {showGenericError ? <ErrorAlert error={error} style={{ marginBottom: 16 }} /> : null}
      {otherErrors.length > 0 ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={otherErrors.join('; ')} /> : null}
      <Form<FormValues> form={form} layout="vertical" name="criteria-set-form" disabled={pending}>
        <Form.Item name="name" label={t('criteria.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 255 }]}>
          <Input maxLength={255} placeholder={t('criteria.namePlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="year" label={t('criteria.year')} rules={[{ required: true, message: t('validation.required') }]}>
              <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="level" label={t('criteria.level')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select options={levelOptions(levels)} placeholder={t('criteria.levelPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        {set ? (
          <>
            <Typography.Text strong>{t('criteria.thresholds')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('criteria.thresholdsHint')}
            </Typography.Paragraph>
            <Row gutter={16}>
              {THRESHOLDS.map((key, index) => (
                <Col span={6} key={key}>
                  <Form.Item
                    name={['thresholds', key]}
                    label={t(`criteria.classification.${CLASSIFICATION_OF[key]}`)}
                    dependencies={index > 0 ? [['thresholds', THRESHOLDS[index - 1]]] : undefined}
                    rules={[
                      { required: true, message: t('validation.required') },
                      ({ getFieldValue }) => ({
                        validator: (_, value: number | null) => {
                          const higher = index > 0 ? (getFieldValue(['thresholds', THRESHOLDS[index - 1]]) as number | null) : null;
                          if (value === null || value === undefined || higher === null || higher === undefined || value < higher) return Promise.resolve();
                          return Promise.reject(new Error(t('criteria.thresholdsOrder')));
                        },
                      }),
                    ]}
                  >
                    <PointsInput max={100} step={1} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            <Form.Item name="indexCappedAt100" valuePropName="checked" extra={t('criteria.indexCappedHint')}>
              <Checkbox data-testid="criteria-index-capped">{t('criteria.indexCapped')}</Checkbox>
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
