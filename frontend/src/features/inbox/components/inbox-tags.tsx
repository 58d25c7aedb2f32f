import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
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

/** Chủ trì / Phối hợp / Xem xét */
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
