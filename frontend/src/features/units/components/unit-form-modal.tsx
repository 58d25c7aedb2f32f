import { Alert, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { applyFieldErrors } from '@/lib/form-errors';
import { currentLanguage } from '@/lib/i18n';
import type { Level } from '@/lib/public-config';
import { buildUnitTree, descendantIds, toTreeSelectData } from '@/lib/unit-tree';
import { ErrorAlert } from '@/components/ui/error-alert';
import { confirmStaleChoice, type StaleRow } from '@/components/ui/stale-choice';
import { useSaveUnit } from '../hooks/use-unit-mutations';
import type { Unit, UnitRequest } from '../types';
import { useFeedback } from '@/lib/feedback';

const FIELDS = ['name', 'shortName', 'aliases', 'parentId', 'level'] as const;

type FormValues = {
  name: string;
  shortName?: string;
  aliases?: string[];
  parentId?: number | null;
  level?: string;
};

/** The unit as it is now, when a save was refused because someone saved it after this form read it. */
export function staleUnit(error: unknown): Unit | undefined {
  if (!isApiError(error) || error.status !== 409 || !error.current) return undefined;
  return error.current as Unit;
}

type Props = {
  open: boolean;
  /** the unit to edit, or undefined to create one */
  unit?: Unit;
  /** parent preselected when creating a sub-unit */
  defaultParentId?: number | null;
  units: Unit[];
  levels: Level[];
  onClose: () => void;
};

export function UnitFormModal({ open, unit, defaultParentId, units, levels, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveUnit();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const language = currentLanguage();

  useEffect(() => {
    if (!open) return;
    save.reset();
    setOtherErrors([]);
    form.resetFields();
    form.setFieldsValue(
      unit
        ? { name: unit.name, shortName: unit.shortName ?? undefined, aliases: unit.aliases, parentId: unit.parentId, level: unit.level }
        : { aliases: [], parentId: defaultParentId ?? null },
    );
  }, [open, unit, defaultParentId]);

  const parentTree = useMemo(() => {
    const blocked = unit ? descendantIds(units, unit.id) : undefined;
    return toTreeSelectData(buildUnitTree(units), blocked);
  }, [units, unit]);

  const submit = async () => {
    const values = await form.validateFields();
    const body: UnitRequest = {
      name: values.name.trim(),
      shortName: values.shortName?.trim() || null,
      aliases: (values.aliases ?? []).map((a) => a.trim()).filter(Boolean),
      parentId: values.parentId ?? null,
      level: values.level ?? '',
    };
    send(body, unit?.version ?? null);
  };

  const send = (body: UnitRequest, version: number | null) => {
    setOtherErrors([]);
    save.mutate(
      { id: unit?.id, body: unit ? { ...body, version } : body },
      {
        onSuccess: () => {
          void message.success(unit ? t('units.updated') : t('units.created'));
          onClose();
        },
        onError: (error) => {
          const current = staleUnit(error);
          if (unit && current) {
            chooseOnStale(body, current, error);
            return;
          }
          setOtherErrors(applyFieldErrors(form, error, FIELDS));
        },
      },
    );
  };

  /** Both values of every field that differs (the sheet's dialog); keep mine saves over the current version. */
  const chooseOnStale = (mine: UnitRequest, current: Unit, error: unknown) => {
    const detail = isApiError(error) ? (error.errors.find((e) => e.field === 'version')?.message ?? '') : '';
    const parentName = (id: number | null | undefined) => (id == null ? t('units.noParent') : (units.find((u) => u.id === id)?.name ?? `#${id}`));
    const levelName = (code: string) => {
      const level = levels.find((l) => l.code === code);
      return level ? (language === 'en' ? level.nameEn : level.nameVi) : code;
    };
    const shown = (v: string | null | undefined) => (v ? v : '—');
    const pairs: [string, string, string][] = [
      ['name', mine.name, current.name],
      ['shortName', shown(mine.shortName), shown(current.shortName)],
      ['level', levelName(mine.level), levelName(current.level)],
      ['parent', parentName(mine.parentId), parentName(current.parentId)],
      ['aliases', shown([...mine.aliases].sort().join('; ')), shown([...(current.aliases ?? [])].sort().join('; '))],
    ];
    const rows: StaleRow[] = pairs
      .filter(([, a, b]) => a !== b)
      .map(([field, a, b]) => ({ key: field, text: t('units.staleField', { field: t(`units.historyField.${field}`), mine: a, theirs: b }) }));
    if (detail) rows.push({ key: 'by', text: detail });
    confirmStaleChoice(modal, {
      title: t('units.staleTitle', { name: unit?.name ?? current.name }),
      rows,
      onKeepMine: () => send(mine, current.version ?? null),
      onTakeTheirs: () => onClose(),
    });
  };

  const error = save.error;
  // a stale save (409 with the current value) is answered by the choice dialog, not by an alert in the form
  const showGenericError =
    error && !(isApiError(error) && ((error.status === 422 && error.errors.length > 0) || (error.status === 409 && error.current)));

  return (
    <Modal
      open={open}
      title={unit ? t('units.editTitle') : t('units.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      forceRender
      width={640}
    >
      {showGenericError ? <ErrorAlert error={error} style={{ marginBottom: 16 }} /> : null}
      {otherErrors.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={otherErrors.join('; ')} />
      ) : null}
      <Form<FormValues> form={form} layout="vertical" name="unit-form" disabled={save.isPending}>
        <Form.Item name="name" label={t('units.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 255 }]}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="shortName" label={t('units.shortName')} rules={[{ max: 64 }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="aliases" label={t('units.aliases')} extra={t('units.aliasesHint')}>
          <Select mode="tags" tokenSeparators={[';']} open={false} suffixIcon={null} placeholder={t('units.aliasesPlaceholder')} />
        </Form.Item>
        <Form.Item name="level" label={t('units.level')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select
            options={levels.map((l) => ({ value: l.code, label: language === 'en' ? l.nameEn : l.nameVi }))}
            placeholder={t('units.levelPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="parentId" label={t('units.parent')}>
          <TreeSelect
            treeData={parentTree}
            allowClear
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll
            placeholder={t('units.noParent')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
