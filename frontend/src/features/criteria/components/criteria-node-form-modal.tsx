import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Typography, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { applyFieldErrors } from '@/lib/form-errors';
import { PointsInput } from '@/components/ui/points-input';
import { describeBands, sortBands, type RateBand } from '@/lib/item-scoring';
import { ErrorAlert } from '@/components/ui/error-alert';
import { confirmStaleChoice, type StaleRow } from '@/components/ui/stale-choice';
import { formatPoints } from '@/lib/format';
import { useSaveCriteriaNode } from '../hooks/use-criteria-set';
import type { AnswerType, CriteriaNode, CriteriaNodeRequest, CriteriaSet, Section } from '../types';
import type { CriteriaTreeRow } from '../utils/criteria-tree';
import { useFeedback } from '@/lib/feedback';

const FIELDS = [
  'parentId', 'code', 'title', 'maxPoints', 'guidance', 'evidence', 'answerType', 'notApplicableAllowed',
  'numeratorLabel', 'denominatorLabel', 'bands', 'pointsPerEvent', 'section',
] as const;

type BandValues = { lowerPercent: number | null; inclusive: boolean; points: number | null };

/** The bands a new rate item starts with (the national set's usual 80 % / 50 % scale). */
const DEFAULT_BANDS: BandValues[] = [
  { lowerPercent: 80, inclusive: true, points: null },
  { lowerPercent: 50, inclusive: true, points: null },
  { lowerPercent: 0, inclusive: true, points: 0 },
];

/** The node as it is now, when a save was refused because someone saved it after this form read it. */
export function staleNode(error: unknown, nodeId: number | null): CriteriaNode | undefined {
  if (!isApiError(error) || error.status !== 409 || !error.current || nodeId === null) return undefined;
  const find = (nodes: readonly CriteriaNode[]): CriteriaNode | undefined => {
    for (const n of nodes) {
      if (n.id === nodeId) return n;
      const found = find(n.children);
      if (found) return found;
    }
    return undefined;
  };
  return find((error.current as CriteriaSet).nodes ?? []);
}

type FormValues = {
  parentId: number | null;
  code: string;
  title: string;
  maxPoints: number | null;
  guidance?: string;
  evidence?: string;
  answerType: AnswerType;
  notApplicableAllowed: boolean;
  numeratorLabel?: string;
  denominatorLabel?: string;
  bands?: BandValues[];
  pointsPerEvent?: number | null;
  /** '' for a scored field (a Select cannot hold null) */
  section?: Section | '';
};

export type NodeEditing =
  /** edit an existing node */
  | { node: CriteriaTreeRow; parent?: undefined; suggestedCode?: undefined }
  /** add a child of `parent`, or a field when parent is null */
  | { node?: undefined; parent: { id: number | null; code: string; title: string } | null; suggestedCode: string };

/** Shows the parent of the node (not editable here); carries parentId and its 422 errors. */
function ParentDisplay({ label }: { value?: number | null; label: string }) {
  return <Typography.Text>{label}</Typography.Text>;
}

type Props = {
  setId: number;
  editing: NodeEditing | null;
  onClose: () => void;
};

export function CriteriaNodeFormModal({ setId, editing, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveCriteriaNode(setId);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const node = editing?.node;

  useEffect(() => {
    if (!editing) return;
    save.reset();
    setOtherErrors([]);
    form.resetFields();
    form.setFieldsValue(
      editing.node
        ? {
            parentId: editing.node.parentId,
            code: editing.node.code,
            title: editing.node.title,
            maxPoints: editing.node.maxPoints,
            guidance: editing.node.guidance ?? '',
            evidence: editing.node.evidence ?? '',
            answerType: editing.node.answerType,
            notApplicableAllowed: editing.node.notApplicableAllowed,
            numeratorLabel: editing.node.numeratorLabel ?? '',
            denominatorLabel: editing.node.denominatorLabel ?? '',
            bands: editing.node.bands?.length ? sortBands(editing.node.bands) : DEFAULT_BANDS,
            pointsPerEvent: editing.node.pointsPerEvent,
            section: editing.node.section ?? '',
          }
        : {
            parentId: editing.parent?.id ?? null,
            code: editing.suggestedCode,
            title: '',
            maxPoints: null,
            guidance: '',
            evidence: '',
            answerType: 'POINTS',
            notApplicableAllowed: false,
            numeratorLabel: '',
            denominatorLabel: '',
            bands: DEFAULT_BANDS,
            pointsPerEvent: null,
            section: '',
          },
    );
  }, [editing]);

  const parentLabel = (() => {
    if (!editing) return '';
    if (editing.node) return editing.node.parentCode ? editing.node.parentCode : t('criteria.noParent');
    return editing.parent ? `${editing.parent.code}. ${editing.parent.title}` : t('criteria.noParent');
  })();

  const title = !editing
    ? ''
    : editing.node
      ? t('criteria.nodeEditTitle', { code: editing.node.code })
      : editing.parent
        ? t('criteria.nodeCreateTitle', { code: editing.parent.code })
        : t('criteria.nodeCreateFieldTitle');

  const submit = async () => {
    const values = await form.validateFields();
    const body: CriteriaNodeRequest = {
      parentId: values.parentId ?? null,
      code: values.code.trim(),
      title: values.title.trim(),
      maxPoints: values.maxPoints ?? 0,
      guidance: values.guidance?.trim() || null,
      evidence: values.evidence?.trim() || null,
      answerType: values.answerType,
      notApplicableAllowed: Boolean(values.notApplicableAllowed),
      numeratorLabel: values.answerType === 'RATE' ? values.numeratorLabel?.trim() || null : null,
      denominatorLabel: values.answerType === 'RATE' ? values.denominatorLabel?.trim() || null : null,
      bands:
        values.answerType === 'RATE'
          ? (values.bands ?? []).map((b) => ({ lowerPercent: b.lowerPercent ?? 0, inclusive: b.inclusive, points: b.points ?? 0 }))
          : [],
      pointsPerEvent: values.answerType === 'DEDUCTION' ? (values.pointsPerEvent ?? null) : null,
      section: values.parentId == null && values.section ? values.section : null,
    };
    send(body, node?.version ?? null);
  };

  const send = (body: CriteriaNodeRequest, version: number | null) => {
    setOtherErrors([]);
    save.mutate(
      { nodeId: node?.id ?? undefined, body: node ? { ...body, version } : body },
      {
        onSuccess: () => {
          void message.success(t('criteria.nodeSaved', { code: body.code }));
          onClose();
        },
        onError: (error) => {
          const current = node ? staleNode(error, node.id) : undefined;
          if (current) {
            chooseOnStale(body, current, isApiError(error) ? (error.errors.find((e) => e.field === 'version')?.message ?? '') : '');
            return;
          }
          setOtherErrors(applyFieldErrors(form, error, FIELDS));
        },
      },
    );
  };

  /** Both values of what differs (the sheet's dialog); keep mine saves over the current version. */
  const chooseOnStale = (mine: CriteriaNodeRequest, current: CriteriaNode, detail: string) => {
    const shown = (v: string | null | undefined) => (v ? v : '—');
    const pairs: [string, string, string][] = [
      ['code', mine.code, current.code],
      ['title', mine.title, current.title],
      ['maxPoints', formatPoints(mine.maxPoints), formatPoints(current.maxPoints)],
      ['answerType', t(`criteria.answerTypes.${mine.answerType}`), t(`criteria.answerTypes.${current.answerType}`)],
      ['guidance', shown(mine.guidance), shown(current.guidance)],
      ['evidence', shown(mine.evidence), shown(current.evidence)],
    ];
    const rows: StaleRow[] = pairs
      .filter(([, a, b]) => a !== b)
      .map(([field, a, b]) => ({ key: field, text: t('criteria.staleField', { field: t(`criteria.staleFields.${field}`), mine: a, theirs: b }) }));
    if (detail) rows.push({ key: 'by', text: detail });
    confirmStaleChoice(modal, {
      title: t('criteria.staleTitle', { code: node?.code ?? current.code }),
      rows,
      onKeepMine: () => send(mine, current.version ?? null),
      onTakeTheirs: () => onClose(),
    });
  };

  const answerType = Form.useWatch('answerType', form);
  const isField = editing ? (editing.node ? editing.node.parentId == null : editing.parent == null) : false;
  const bandValues = Form.useWatch('bands', form) as BandValues[] | undefined;
  const bandPreview =
    answerType === 'RATE' && bandValues?.every((b) => b && b.lowerPercent != null && b.points != null)
      ? describeBands(bandValues as RateBand[])
      : null;

  const error = save.error;
  // a stale save (409 with the current value) is answered by the choice dialog, not by an alert in the form
  const showGenericError =
    error && !(isApiError(error) && ((error.status === 422 && error.errors.length > 0) || (error.status === 409 && error.current)));

  return (
    <Modal
      open={editing !== null}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      forceRender
      width={720}
      okButtonProps={{ 'data-testid': 'criteria-node-save' } as ButtonProps}
    >
      {showGenericError ? <ErrorAlert error={error} style={{ marginBottom: 16 }} /> : null}
      {otherErrors.length > 0 ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={otherErrors.join('; ')} /> : null}
      <Form<FormValues> form={form} layout="vertical" name="criteria-node" disabled={save.isPending}>
        <Form.Item name="parentId" label={t('criteria.parent')}>
          <ParentDisplay label={parentLabel} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="code"
              label={t('criteria.code')}
              tooltip={t('criteria.codeHint')}
              rules={[
                { required: true, whitespace: true, message: t('validation.required') },
                { pattern: /^\s*\d+(\.\d+)*\s*$/, message: t('criteria.codeHint') },
              ]}
            >
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="maxPoints"
              label={t('criteria.maxPoints')}
              tooltip={t('criteria.maxPointsHint')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <PointsInput max={1000} />
            </Form.Item>
          </Col>
        </Row>
        {isField ? (
          <Form.Item name="section" label={t('criteria.section')} tooltip={t('criteria.sectionHint')}>
            <Select
              data-testid="criteria-node-section"
              options={[
                { value: '', label: t('criteria.sections.SCORED') },
                { value: 'BONUS', label: t('criteria.sections.BONUS') },
                { value: 'PENALTY', label: t('criteria.sections.PENALTY') },
              ]}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="answerType" label={t('criteria.answerType')}>
          <Radio.Group
            optionType="button"
            options={(['POINTS', 'YES_NO', 'RATE', 'DEDUCTION'] as const).map((value) => ({
              value,
              label: t(`criteria.answerTypes.${value}`),
            }))}
          />
        </Form.Item>
        {answerType === 'RATE' ? (
          <div data-testid="rate-editor">
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="numeratorLabel" label={t('criteria.numeratorLabel')}>
                  <Input maxLength={500} placeholder={t('criteria.numeratorPlaceholder')} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="denominatorLabel" label={t('criteria.denominatorLabel')}>
                  <Input maxLength={500} placeholder={t('criteria.denominatorPlaceholder')} />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Text strong>{t('criteria.bands')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('criteria.bandsHint')}
            </Typography.Paragraph>
            <Form.List name="bands">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 4 }}>
                      <Form.Item name={[field.name, 'inclusive']} style={{ marginBottom: 0 }}>
                        <Select
                          style={{ width: 110 }}
                          aria-label={t('criteria.bandInclusive')}
                          options={[
                            { value: true, label: t('criteria.bandFrom') },
                            { value: false, label: t('criteria.bandAbove') },
                          ]}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'lowerPercent']}
                        style={{ marginBottom: 0 }}
                        rules={[{ required: true, message: t('validation.required') }]}
                      >
                        <InputNumber<number> min={0} max={100} decimalSeparator="," suffix="%" style={{ width: 110 }} aria-label={t('criteria.bandLower')} />
                      </Form.Item>
                      <Typography.Text>→</Typography.Text>
                      <Form.Item
                        name={[field.name, 'points']}
                        style={{ marginBottom: 0, width: 120 }}
                        rules={[{ required: true, message: t('validation.required') }]}
                      >
                        <PointsInput aria-label={t('criteria.bandPoints')} />
                      </Form.Item>
                      <Typography.Text>{t('criteria.pointsUnit')}</Typography.Text>
                      <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ lowerPercent: null, inclusive: true, points: null })}>
                    {t('criteria.addBand')}
                  </Button>
                </>
              )}
            </Form.List>
            {bandPreview ? (
              <Alert type="info" style={{ marginTop: 8, marginBottom: 16 }} title={bandPreview} data-testid="bands-preview" />
            ) : (
              <div style={{ marginBottom: 16 }} />
            )}
          </div>
        ) : null}
        {answerType === 'DEDUCTION' ? (
          <Form.Item
            name="pointsPerEvent"
            label={t('criteria.pointsPerEvent')}
            tooltip={t('criteria.pointsPerEventHint')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <PointsInput step={0.25} style={{ width: 160 }} />
          </Form.Item>
        ) : null}
        <Form.Item name="title" label={t('criteria.nodeTitle')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="notApplicableAllowed" valuePropName="checked">
          <Checkbox>{t('criteria.notApplicableAllowed')}</Checkbox>
        </Form.Item>
        <Form.Item name="guidance" label={t('criteria.guidance')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="evidence" label={t('criteria.evidence')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
