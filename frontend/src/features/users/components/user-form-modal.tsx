import { Alert, Form, Input, Modal, Select, Switch, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { ROLES, type Role } from '@/lib/auth';
import { applyFieldErrors } from '@/lib/form-errors';
import { buildUnitTree, toTreeSelectData } from '@/lib/unit-tree';
import type { Unit } from '@/lib/units';
import { ErrorAlert } from '@/components/ui/error-alert';
import { confirmStaleChoice, type StaleRow } from '@/components/ui/stale-choice';
import { useSaveUser } from '../hooks/use-users';
import type { User, UserRequest } from '../types';
import { useFeedback } from '@/lib/feedback';

const FIELDS = ['username', 'displayName', 'email', 'unitId', 'roles', 'enabled', 'password'] as const;

type FormValues = {
  username: string;
  displayName: string;
  email?: string;
  unitId?: number | null;
  roles: Role[];
  enabled: boolean;
  password?: string;
};

type Props = { open: boolean; user?: User; units: Unit[]; onClose: () => void };

export function UserFormModal({ open, user, units, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveUser();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  useEffect(() => {
    if (!open) return;
    save.reset();
    setOtherErrors([]);
    form.resetFields();
    form.setFieldsValue(
      user
        ? {
            username: user.username,
            displayName: user.displayName,
            email: user.email ?? undefined,
            unitId: user.unitId ?? null,
            roles: user.roles,
            enabled: user.enabled,
          }
        : { roles: ['UNIT_STAFF'], enabled: true, unitId: null },
    );
  }, [open, user]);

  const unitTree = useMemo(() => toTreeSelectData(buildUnitTree(units)), [units]);

  const submit = async () => {
    const values = await form.validateFields();
    const body: UserRequest = {
      username: values.username.trim(),
      displayName: values.displayName.trim(),
      email: values.email?.trim() || null,
      unitId: values.unitId ?? null,
      roles: values.roles ?? [],
      enabled: values.enabled,
    };
    if (values.password) body.password = values.password;
    send(body, user?.version ?? null);
  };

  const send = (body: UserRequest, version: number | null) => {
    setOtherErrors([]);
    save.mutate(
      { id: user?.id, body: user ? { ...body, version } : body },
      {
        onSuccess: () => {
          void message.success(user ? t('users.updated') : t('users.created'));
          onClose();
        },
        onError: (error) => {
          if (user && isApiError(error) && error.status === 409 && error.current) {
            chooseOnStale(body, error.current as User, error.errors.find((e) => e.field === 'version')?.message ?? '');
            return;
          }
          setOtherErrors(applyFieldErrors(form, error, FIELDS));
        },
      },
    );
  };

  /** Both values of every field that differs (the sheet's dialog); keep mine saves over the current version. */
  const chooseOnStale = (mine: UserRequest, current: User, detail: string) => {
    const unitName = (id: number | null | undefined) => (id == null ? t('users.noUnit') : (units.find((u) => u.id === id)?.name ?? `#${id}`));
    const roles = (list: string[]) => [...list].sort().map((r) => t(`roles.${r}`)).join(', ');
    const enabled = (on: boolean) => (on ? t('users.active') : t('users.disabled'));
    const pairs: [string, string, string][] = [
      ['displayName', mine.displayName, current.displayName],
      ['email', mine.email || '—', current.email || '—'],
      ['unit', unitName(mine.unitId), unitName(current.unitId)],
      ['roles', roles(mine.roles), roles(current.roles)],
      ['enabled', enabled(mine.enabled), enabled(current.enabled)],
    ];
    const rows: StaleRow[] = pairs
      .filter(([, a, b]) => a !== b)
      .map(([field, a, b]) => ({ key: field, text: t('users.staleField', { field: t(`users.field.${field}`), mine: a, theirs: b }) }));
    if (detail) rows.push({ key: 'by', text: detail });
    confirmStaleChoice(modal, {
      title: t('users.staleTitle', { name: current.username }),
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
      title={user ? t('users.editTitle') : t('users.createTitle')}
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
      {otherErrors.length > 0 ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={otherErrors.join('; ')} /> : null}
      <Form<FormValues> form={form} layout="vertical" name="user-form" disabled={save.isPending} autoComplete="off">
        <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 100 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 255 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
          <Input type="email" />
        </Form.Item>
        <Form.Item name="unitId" label={t('users.unit')}>
          <TreeSelect treeData={unitTree} allowClear showSearch treeNodeFilterProp="title" treeDefaultExpandAll placeholder={t('users.noUnit')} />
        </Form.Item>
        <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}>
          <Select mode="multiple" options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} extra={user ? t('users.passwordResetHint') : t('users.passwordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="enabled" label={t('users.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
