import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Spin, Tooltip, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LazyDrawer } from '@/components/ui/lazy-drawer';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { formatDateTime } from '@/lib/format';
import { useIsPhone } from '@/lib/use-is-phone';
import { loadedNotifications, useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../hooks/use-notifications';
import type { AppNotification } from '../types';

/** An app path only: "/improvement-tasks/7", never "//host" or "https://…". */
export function isAppLink(link: string | null | undefined): link is string {
  return typeof link === 'string' && link.startsWith('/') && !link.startsWith('//');
}

/**
 * The bell of the header: the unread count, polled every minute, and the newest notifications
 * (unread in bold), older ones a page at a time; a click marks one read and opens its page.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const inbox = useNotifications();
  // opening the bell shows what came since the last poll (a hand-over a minute ago, not in a minute)
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) void inbox.refetch();
  };
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const phone = useIsPhone();
  const unread = inbox.data?.pages[0]?.unread ?? 0;
  const items = loadedNotifications(inbox.data);

  const onItem = (n: AppNotification) => {
    if (!n.read) markRead.mutate(n.id);
    if (isAppLink(n.link)) {
      setOpen(false);
      void navigate(n.link);
    }
  };

  const onMarkAll = () =>
    markAll.mutate(undefined, {
      onError: (error) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected')),
    });

  const content = (
    <div style={phone ? undefined : { width: 380, maxWidth: 'calc(100vw - 48px)' }} data-testid="notification-list">
      <Flex justify={phone ? 'flex-end' : 'space-between'} align="center" style={{ marginBottom: 8 }}>
        {/* on a phone the drawer's own title says it */}
        {phone ? null : <Typography.Text strong>{t('notifications.title')}</Typography.Text>}
        <Button size="small" type="link" onClick={onMarkAll} disabled={unread === 0} loading={markAll.isPending} data-testid="notification-read-all">
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {inbox.isLoading ? (
        <Flex justify="center" style={{ padding: 16 }}>
          <Spin />
        </Flex>
      ) : inbox.error ? (
        <Typography.Text type="danger">{t('notifications.loadError')}</Typography.Text>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <div style={{ maxHeight: 420, overflowY: 'auto' }}>
          <div role="list">
            {items.map((n) => (
              <NotificationRow key={n.id} notification={n} onClick={() => onItem(n)} />
            ))}
          </div>
          {inbox.hasNextPage ? (
            <Button block type="link" onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage} data-testid="notification-older">
              {t('notifications.older')}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );

  const bell = (
    <Badge count={unread} overflowCount={99} size="small">
      <Button
        shape="circle"
        icon={<BellOutlined />}
        onClick={phone ? () => setOpen(true) : undefined}
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.title')}
      />
    </Badge>
  );

  if (phone) {
    // a phone: the list takes the screen's width below the header (a popover beside the bell would run off it)
    return (
      <>
        <span data-testid="notification-bell" data-unread={unread}>
          {bell}
        </span>
        <LazyDrawer
          open={open}
          onClose={() => setOpen(false)}
          placement="top"
          size="auto"
          title={t('notifications.title')}
          destroyOnHidden
          styles={{ body: { padding: 12 } }}
        >
          {content}
        </LazyDrawer>
      </>
    );
  }

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={onOpenChange} destroyOnHidden>
      <span data-testid="notification-bell" data-unread={unread}>
        <Tooltip title={open ? undefined : t('notifications.title')}>{bell}</Tooltip>
      </span>
    </Popover>
  );
}

function NotificationRow({ notification: n, onClick }: { notification: AppNotification; onClick: () => void }) {
  const { token } = theme.useToken();
  const alert = n.kind === 'OVERDUE' || n.kind === 'ESCALATION';
  return (
    <div
      role="listitem"
      tabIndex={0}
      onClick={onClick}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onClick();
        }
      }}
      data-testid="notification-item"
      data-read={n.read}
      style={{
        cursor: 'pointer',
        padding: '8px 8px',
        borderRadius: token.borderRadius,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        background: n.read ? undefined : token.colorFillQuaternary,
      }}
    >
      <Typography.Text type={alert ? 'danger' : undefined} style={{ display: 'block', fontWeight: n.read ? 400 : 600 }}>
        {n.title}
      </Typography.Text>
      {n.message ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, whiteSpace: 'pre-line' }}>
          {n.message}
        </Typography.Text>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 11 }}>
        {formatDateTime(n.createdAt)}
      </Typography.Text>
    </div>
  );
}
