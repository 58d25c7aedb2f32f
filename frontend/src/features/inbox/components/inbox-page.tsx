import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Flex, Input, Select, Space, Table, Tag, Typography, theme } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { formatDate, formatDateTime } from '@/lib/format';
import { useIsPhone } from '@/lib/use-is-phone';
import { useInbox } from '../hooks/use-inbox';
import { INBOX_STATUSES, type InboxEntry, type InboxScope, type InboxStatus, STEP_ROLES, type StepRole } from '../types';
import { countByStatus, filterEntries, planNames, sortEntries } from '../utils/inbox';

import { InboxCards } from './inbox-cards';
import { DueDate, InboxStatusTag, StepRoleTag } from './inbox-tags';

const STATUS_DOT: Record<InboxStatus, string> = { OVERDUE: 'red', DUE_SOON: 'orange', RETURNED: 'magenta', OPEN: '#bfbfbf' };

/** The dashboard's drill-down: ?unitId=12 one unit's open work, ?allUnits=true every unit's. */
function drillDownScope(params: URLSearchParams): InboxScope {
  const unitId = params.get('unitId');
  if (unitId && /^\d+$/.test(unitId)) return { unitId: Number(unitId) };
  return params.get('allUnits') === 'true' ? { allUnits: true } : {};
}

/** ?status=OVERDUE (repeatable): the statuses ticked on arrival. */
function drillDownStatuses(params: URLSearchParams): InboxStatus[] {
  return params.getAll('status').filter((s): s is InboxStatus => (INBOX_STATUSES as string[]).includes(s));
}

/** The open work of the caller's units, nearest due first, with filters; refreshed every minute. */
export function InboxPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const scope = drillDownScope(params);
  const inbox = useInbox(scope);
  const [statuses, setStatuses] = useState<InboxStatus[]>(() => drillDownStatuses(params));
  const [roles, setRoles] = useState<StepRole[]>([]);
  const [plan, setPlan] = useState<string | null>(null);
  const [search, setSearch] = useState('');

  const all = useMemo(() => sortEntries(inbox.data ?? []), [inbox.data]);
  const rows = useMemo(() => filterEntries(all, { statuses, roles, plan, search }), [all, statuses, roles, plan, search]);
  const counts = useMemo(() => countByStatus(all), [all]);
  const plans = useMemo(() => planNames(all), [all]);
  const filtered = statuses.length > 0 || roles.length > 0 || Boolean(plan) || search.trim() !== '';
  const phone = useIsPhone();
  const { token } = theme.useToken();
  const emptyText = filtered ? t('inbox.emptyFiltered') : t('inbox.empty');

  return (
    <div data-testid="inbox">
      <PageHeader
        title={t('inbox.title')}
        description={t('inbox.description')}
        extra={
          <Space wrap>
            {inbox.dataUpdatedAt ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('inbox.updatedAt', { time: formatDateTime(inbox.dataUpdatedAt) })}
              </Typography.Text>
            ) : null}
            <Button icon={<ReloadOutlined />} onClick={() => void inbox.refetch()} loading={inbox.isFetching}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      />
      {scope.unitId !== undefined || scope.allUnits ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="inbox-scope"
          title={
            scope.allUnits
              ? t('inbox.scope.allUnits')
              : t('inbox.scope.unit', { unit: all[0]?.unitName ?? `#${scope.unitId}` })
          }
          action={
            <Link to="/unit-tasks">
              <Button size="small">{t('inbox.scope.mine')}</Button>
            </Link>
          }
        />
      ) : null}
      <div style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: phone ? 12 : 24 }}>
        {inbox.error ? <ErrorAlert error={inbox.error} style={{ marginBottom: 16 }} /> : null}
        <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="inbox-summary">
          {INBOX_STATUSES.map((status) => (
            <Tag.CheckableTag
              key={status}
              checked={statuses.includes(status)}
              onChange={(checked) => setStatuses((s) => (checked ? [...s, status] : s.filter((x) => x !== status)))}
              data-testid={`inbox-count-${status}`}
            >
              <Badge color={STATUS_DOT[status]} text={`${t(`inbox.statuses.${status}`)}: ${counts[status]}`} style={{ color: 'inherit' }} />
            </Tag.CheckableTag>
          ))}
        </Flex>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('inbox.filters.search')}
            aria-label={t('inbox.filters.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: phone ? '100%' : 320 }}
            data-testid="inbox-search"
          />
          <Select<InboxStatus[]>
            mode="multiple"
            allowClear
            placeholder={t('inbox.filters.status')}
            aria-label={t('inbox.filters.status')}
            value={statuses}
            onChange={setStatuses}
            options={INBOX_STATUSES.map((s) => ({ value: s, label: t(`inbox.statuses.${s}`) }))}
            style={phone ? { width: '100%' } : { minWidth: 200 }}
            data-testid="inbox-filter-status"
          />
          <Select<StepRole[]>
            mode="multiple"
            allowClear
            placeholder={t('inbox.filters.role')}
            aria-label={t('inbox.filters.role')}
            value={roles}
            onChange={setRoles}
            options={STEP_ROLES.map((r) => ({ value: r, label: t(`inbox.roles.${r}`) }))}
            style={phone ? { width: '100%' } : { minWidth: 180 }}
            data-testid="inbox-filter-role"
          />
          <Select<string>
            allowClear
            placeholder={t('inbox.filters.plan')}
            aria-label={t('inbox.filters.plan')}
            value={plan ?? undefined}
            onChange={(value) => setPlan(value ?? null)}
            options={plans.map((p) => ({ value: p, label: p }))}
            style={phone ? { width: '100%' } : { minWidth: 260 }}
            data-testid="inbox-filter-plan"
          />
        </Flex>
        {phone ? (
          <InboxCards rows={rows} loading={inbox.isLoading} emptyText={emptyText} />
        ) : (
          <InboxTable rows={rows} loading={inbox.isLoading} emptyText={emptyText} />
        )}
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('inbox.count', { count: rows.length, total: all.length })}
        </Typography.Text>
      </div>
    </div>
  );
}

function InboxTable({ rows, loading, emptyText }: { rows: InboxEntry[]; loading: boolean; emptyText: string }) {
  const { t } = useTranslation();
  return (
    <Table<InboxEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText }}
      scroll={{ x: 1250 }}
      sticky={{ offsetScroll: 0 }}
      onRow={() => ({ 'data-testid': 'inbox-row' }) as React.HTMLAttributes<HTMLElement>}
      rowClassName={(e) => `inbox-row-${e.status.toLowerCase()}`}
      columns={[
        {
          title: t('inbox.columns.title'),
          dataIndex: 'title',
          fixed: 'left',
          width: 340,
          render: (title: string, e) => (
            <Space orientation="vertical" size={0}>
              {e.link ? (
                <Link to={e.link} data-testid="inbox-link">
                  {title}
                </Link>
              ) : (
                <span>{title}</span>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.stepName}
                {e.context ? ` · ${e.context}` : ''}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('inbox.columns.due'),
          dataIndex: 'dueDate',
          width: 110,
          render: (due: string | null, e) => <DueDate due={due} status={e.status} />,
        },
        { title: t('inbox.columns.status'), dataIndex: 'status', width: 130, render: (s: InboxStatus) => <InboxStatusTag status={s} /> },
        { title: t('inbox.columns.criterion'), dataIndex: 'criterionCode', width: 90, render: (v: string | null) => v ?? '' },
        { title: t('inbox.columns.role'), dataIndex: 'role', width: 110, render: (r: StepRole) => <StepRoleTag role={r} /> },
        { title: t('inbox.columns.unit'), dataIndex: 'unitName', width: 200, render: (v: string | null) => v ?? '' },
        {
          title: t('inbox.columns.assignee'),
          dataIndex: 'assignee',
          width: 150,
          render: (assignee: string | null, e) => (
            <Space orientation="vertical" size={0}>
              {assignee ? <span>{e.assigneeName ?? assignee}</span> : null}
              {e.followUpDate ? (
                <Typography.Text type="secondary" className="nowrap" style={{ fontSize: 12 }}>
                  {t('inbox.followUp', { date: formatDate(e.followUpDate) })}
                </Typography.Text>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
