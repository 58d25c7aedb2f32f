import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { hasAnyRole, useMe } from '@/lib/auth';
import { CalendarDaysCard } from './calendar-days-card';
import { OutboxCard } from './outbox-card';
import { PolicyCard } from './policy-form';

/** /admin/reminders: the policy (ADMIN, COORDINATOR); the outbox and the working calendar (ADMIN). */
export function ReminderAdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  const admin = hasAnyRole(me.data, ['ADMIN']);
  return (
    <div data-testid="reminder-admin">
      <PageHeader title={t('reminders.admin.title')} description={t('reminders.admin.description')} />
      <PolicyCard />
      {admin ? (
        <>
          <OutboxCard />
          <CalendarDaysCard />
        </>
      ) : null}
    </div>
  );
}
