import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { InboxStatus, StepRole, TaskStatus } from '../types';
import { inboxStatusColor, STEP_ROLE_COLORS, TASK_STATUS_COLORS } from '../utils/inbox';

export function InboxStatusTag({ status }: { status: InboxStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={inboxStatusColor(status)} data-testid="inbox-status" data-status={status}>
      {t(`inbox.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** Chủ trì / Phối hợp / Xem xét / Thẩm định / Giải trình / Phê duyệt */
export function StepRoleTag({ role }: { role: StepRole }) {
  const { t } = useTranslation();
  return (
    <Tag color={STEP_ROLE_COLORS[role] ?? 'default'} data-testid="inbox-role">
      {t(`inbox.roles.${role}`, { defaultValue: role })}
    </Tag>
  );
}

/** Đang thực hiện / Đã nộp báo cáo / Bị trả lại / Đã chấp nhận / Chưa đến kỳ / Đã hủy */
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={TASK_STATUS_COLORS[status] ?? 'default'} data-testid="task-status">
      {t(`tasks.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** Dark enough on white (≥ 4.5:1): red for overdue, dark orange for due soon. */
export const DUE_COLORS: Partial<Record<InboxStatus, string>> = { OVERDUE: '#cf1322', DUE_SOON: '#ad4e00' };

/** A due date dd/MM/yyyy on one line, red when overdue, orange when due soon; "Không hạn" without one. */
export function DueDate({ due, status }: { due: string | null; status: InboxStatus }) {
  const { t } = useTranslation();
  if (!due) return <Typography.Text type="secondary" className="nowrap">{t('inbox.noDue')}</Typography.Text>;
  return (
    <Typography.Text className="nowrap" strong={status === 'OVERDUE'} style={{ color: DUE_COLORS[status] }} data-testid="inbox-due">
      {formatDate(due)}
    </Typography.Text>
  );
}
