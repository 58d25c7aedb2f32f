import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxEntry } from '../types';
import { DueDate, InboxStatusTag, StepRoleTag } from './inbox-tags';

function CardBody({ entry }: { entry: InboxEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong style={{ display: 'block', fontSize: 15 }} data-testid="inbox-card-title">
        {entry.title}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {entry.stepName}
        {entry.unitName ? ` · ${entry.unitName}` : ''}
      </Typography.Text>
      <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
        <span>
          <Typography.Text type="secondary">{t('inbox.columns.due')}: </Typography.Text>
          <DueDate due={entry.dueDate} status={entry.status} />
        </span>
        <InboxStatusTag status={entry.status} />
        <StepRoleTag role={entry.role} />
      </Flex>
    </>
  );
}

/**
 * The inbox on a phone: one card per work item, the whole card a link to its task (task name, step
 * and unit, due date coloured by urgency, status and role); the page below asks for more.
 */
export function InboxCards({ rows, loading, emptyText }: { rows: InboxEntry[]; loading: boolean; emptyText: string }) {
  if (!loading && rows.length === 0) return <Typography.Paragraph type="secondary">{emptyText}</Typography.Paragraph>;
  return (
    <Flex vertical gap={8} role="list" data-testid="inbox-cards">
      {rows.map((entry) => (
        <div role="listitem" key={entry.id} data-testid="inbox-card" data-row-key={entry.id}>
          {entry.link ? (
            <Link to={entry.link} className={`work-card work-card-${entry.status.toLowerCase()}`} data-testid="inbox-link">
              <CardBody entry={entry} />
            </Link>
          ) : (
            <div className={`work-card work-card-${entry.status.toLowerCase()}`}>
              <CardBody entry={entry} />
            </div>
          )}
        </div>
      ))}
    </Flex>
  );
}
