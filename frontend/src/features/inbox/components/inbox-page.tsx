import { ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Input, Select, Space, Tag, Typography, theme } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { LazyAlert } from '@/components/ui/lazy-alert';
import { LeanTable } from '@/components/ui/lean-table';
import { PageHeader } from '@/components/ui/page-header';
import { formatDate, formatDateTime } from '@/lib/format';
import { useIsPhone } from '@/lib/use-is-phone';
import { useInbox, useInboxFacets } from '../hooks/use-inbox';
import { INBOX_STATUSES, type InboxEntry, type InboxFilters, type InboxScope, type InboxStatus, STEP_ROLES, type StepRole } from '../types';
import { filtersFromParams, filtersToParams, isFiltered } from '../utils/inbox';

import { DueRangeFilter } from './due-range-filter';
import { InboxCards } from './inbox-cards';
import { DueDate, InboxStatusTag, StepRoleTag } from './inbox-tags';

const SEARCH_DELAY_MS = 400;

const STATUS_DOT: Record<InboxStatus, string> = { OVERDUE: 'red', DUE_SOON: 'orange', RETURNED: 'magenta', OPEN: '#bfbfbf' };

/** The dashboard's drill-down: ?unitId=12 one unit's open work, ?allUnits=true every unit's. */
function drillDownScope(params: URLSearchParams): InboxScope {
  const unitId = params.get('unitId');
  if (unitId && /^\d+$/.test(unitId)) return { unitId: Number(unitId) };
  return params.get('allUnits') === 'true' ? { allUnits: true } : {};
}

/** The open work of the caller's units, nearest due first, filtered and paged by the server (filters in the URL); refreshed every minute. */
export function InboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const scope = drillDownScope(params);
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => filtersFromParams(params), [key]);
  const inbox = useInbox(scope, filters);
  const facets = useInboxFacets(scope).data;
  const setFilters = (patch: Partial<InboxFilters>) => setParams(filtersToParams({ ...filters, ...patch }, params), { replace: true });

  // the search box writes to the URL once typing pauses
  const [text, setText] = useState(filters.q);
  useEffect(() => setText(filters.q), [filters.q]);
  useEffect(() => {
    if (text.trim() === filters.q.trim()) return undefined;
    const timer = setTimeout(() => setFilters({ q: text }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const pages = inbox.data?.pages ?? [];
  const first = pages[0];
  const rows = useMemo(() => pages.flatMap((p) => p.items), [pages]);
  const counts = first?.counts ?? { OVERDUE: 0, DUE_SOON: 0, RETURNED: 0, OPEN: 0 };
  const shown: readonly InboxStatus[] = filters.statuses.length ? filters.statuses : INBOX_STATUSES;
  const total = shown.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const plans = facets?.plans ?? [];
  const fields = facets?.fields ?? [];
  const filtered = isFiltered(filters);
  const phone = useIsPhone();
  const { token } = theme.useToken();
  const emptyText = filtered ? t('inbox.emptyFiltered') : t('inbox.empty');
  const more = inbox.hasNextPage ? (
    <Button
      block={phone}
      size={phone ? 'large' : 'middle'}
      onClick={() => void inbox.fetchNextPage()}
      loading={inbox.isFetchingNextPage}
      style={{ marginTop: 12 }}
      data-testid="inbox-more"
    >
      {t('inbox.more', { count: Math.max(total - rows.length, 0) })}
    </Button>
  ) : null;

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
            <Button icon={<ReloadOutlined />} onClick={() => void inbox.refetch()} loading={inbox.isFetching && !inbox.isFetchingNextPage}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      />
      {scope.unitId !== undefined || scope.allUnits ? (
        <LazyAlert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="inbox-scope"
          title={
            scope.allUnits
              ? t('inbox.scope.allUnits')
              : t('inbox.scope.unit', { unit: rows[0]?.unitName ?? `#${scope.unitId}` })
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
              checked={filters.statuses.includes(status)}
              onChange={(checked) =>
                setFilters({ statuses: checked ? [...filters.statuses, status] : filters.statuses.filter((x) => x !== status) })
              }
              data-testid={`inbox-count-${status}`}
            >
              <Badge color={STATUS_DOT[status]} text={`${t(`inbox.statuses.${status}`)}: ${counts[status] ?? 0}`} style={{ color: 'inherit' }} />
            </Tag.CheckableTag>
          ))}
        </Flex>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('inbox.filters.search')}
            aria-label={t('inbox.filters.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => setFilters({ q: value })}
            style={{ width: phone ? '100%' : 320 }}
            data-testid="inbox-search"
          />
          <Select<InboxStatus[]>
            mode="multiple"
            allowClear
            placeholder={t('inbox.filters.status')}
            aria-label={t('inbox.filters.status')}
            value={filters.statuses}
            onChange={(statuses) => setFilters({ statuses })}
            options={INBOX_STATUSES.map((s) => ({ value: s, label: t(`inbox.statuses.${s}`) }))}
            style={phone ? { width: '100%' } : { minWidth: 200 }}
            data-testid="inbox-filter-status"
          />
          <Select<StepRole[]>
            mode="multiple"
            allowClear
            placeholder={t('inbox.filters.role')}
            aria-label={t('inbox.filters.role')}
            value={filters.roles}
            onChange={(roles) => setFilters({ roles })}
            options={STEP_ROLES.map((r) => ({ value: r, label: t(`inbox.roles.${r}`) }))}
            style={phone ? { width: '100%' } : { minWidth: 180 }}
            data-testid="inbox-filter-role"
          />
          <Select<number>
            allowClear
            placeholder={t('inbox.filters.plan')}
            aria-label={t('inbox.filters.plan')}
            value={filters.planId ?? undefined}
            onChange={(value) => setFilters({ planId: value ?? null })}
            options={plans.map((p) => ({ value: p.id, label: p.name }))}
            style={phone ? { width: '100%' } : { minWidth: 260 }}
            data-testid="inbox-filter-plan"
          />
          <Select<string>
            allowClear
            placeholder={t('inbox.filters.field')}
            aria-label={t('inbox.filters.field')}
            value={filters.field ?? undefined}
            onChange={(value) => setFilters({ field: value ?? null })}
            options={fields.map((f) => ({ value: f, label: t('inbox.filters.fieldCode', { code: f }) }))}
            style={phone ? { width: '100%' } : { minWidth: 140 }}
            data-testid="inbox-filter-field"
          />
          <DueRangeFilter
            from={filters.dueFrom}
            to={filters.dueTo}
            onChange={(dueFrom, dueTo) => setFilters({ dueFrom, dueTo })}
            placeholder={[t('inbox.filters.dueFrom'), t('inbox.filters.dueTo')]}
            ariaLabel={t('inbox.filters.due')}
            width={phone ? '100%' : undefined}
          />
        </Flex>
        {phone ? (
          <InboxCards rows={rows} loading={inbox.isLoading} emptyText={emptyText} />
        ) : (
          <InboxTable rows={rows} loading={inbox.isLoading} emptyText={emptyText} />
        )}
        {more}
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }} data-testid="inbox-shown">
          {t('inbox.count', { count: rows.length, total })}
        </Typography.Text>
      </div>
    </div>
  );
}

function InboxTable({ rows, loading, emptyText }: { rows: InboxEntry[]; loading: boolean; emptyText: string }) {
  const { t } = useTranslation();
  return (
    <LeanTable<InboxEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      emptyText={emptyText}
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
