import { Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { Deadline, PlanStatus } from '../types';
import { deadlineTag } from '../utils/deadline';

const STATUS_COLORS: Record<PlanStatus, string> = {
  DRAFT: 'gold',
  APPROVED: 'blue',
  ACTIVATING: 'processing',
  ACTIVE: 'green',
  CLOSED: 'default',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid="plan-status">
      {t(`plans.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function DeadlineKindTag({ deadline }: { deadline: Pick<Deadline, 'kind' | 'needsAttention'> }) {
  const { t } = useTranslation();
  const tag = deadlineTag(deadline);
  return (
    <Tag color={tag.color} style={{ marginInlineEnd: 0 }} data-testid="deadline-kind">
      {t(tag.labelKey)}
    </Tag>
  );
}

/** The deadline as written, its kind, and the first due date (dd/MM/yyyy). */
export function DeadlineCell({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  if (!deadline.text && deadline.kind === 'NONE' && !deadline.firstDue) return null;
  return (
    <Space orientation="vertical" size={2}>
      {deadline.text ? <span>{deadline.text}</span> : null}
      <Space size={4} wrap>
        <DeadlineKindTag deadline={deadline} />
        {deadline.occurrences > 1 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('plans.occurrences', { count: deadline.occurrences })}
          </Typography.Text>
        ) : null}
      </Space>
      {deadline.firstDue ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="first-due">
          {t('plans.firstDue', { date: formatDate(deadline.firstDue) })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

export const UNIT_TAGS_SHOWN = 3;

/** Unit names as tags; after three, a "+N" tag shows the rest on click. */
export function UnitTags({ names, note }: { names: readonly string[]; note?: string | null }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? names : names.slice(0, UNIT_TAGS_SHOWN);
  const hidden = names.length - shown.length;
  return (
    <Space size={[0, 4]} wrap>
      {shown.map((name, i) => (
        <Tag key={`${name}-${i}`}>{name}</Tag>
      ))}
      {hidden > 0 ? (
        <Tooltip title={names.slice(UNIT_TAGS_SHOWN).join(', ')}>
          <Tag
            role="button"
            tabIndex={0}
            style={{ cursor: 'pointer', borderStyle: 'dashed' }}
            onClick={() => setExpanded(true)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ' ? setExpanded(true) : undefined)}
            data-testid="units-more"
          >
            {t('plans.items.moreUnits', { count: hidden })}
          </Tag>
        </Tooltip>
      ) : null}
      {note ? (
        <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
