import { ExportOutlined, LogoutOutlined, MenuOutlined, NotificationOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, type MenuProps, Space, Tooltip, Typography, theme } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { hasAnyRole, type Me } from '@/lib/auth';
import { useIsPhone } from '@/lib/use-is-phone';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { LazyDrawer } from '@/components/ui/lazy-drawer';
import { RoleTags } from '@/components/ui/role-tags';
// app-level composition: the one component of the notifications feature the header shows
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { ADMIN_GROUP, FEATURES, HOME_ITEM, type NavItem, UPCOMING_FEATURES } from './nav-items';

type Props = {
  user: Me;
  demo: boolean;
  onLogout: () => void;
  loggingOut?: boolean;
  children: ReactNode;
};

type MenuItem = Required<MenuProps>['items'][number];

function visible(item: NavItem, user: Me, demo: boolean) {
  return hasAnyRole(user, item.roles) && (!item.demoOnly || demo);
}

function selectedKey(pathname: string, keys: string[]): string {
  // longest route prefix that matches the current path
  const matching = keys.filter((key) => key.startsWith('/') && (key === '/' ? pathname === '/' : pathname.startsWith(key)));
  return matching.sort((a, b) => b.length - a.length)[0] ?? '';
}

/** The menu's items for the user's roles, and every route key (to find the selected one). */
function useMenuItems(user: Me, demo: boolean) {
  const { t } = useTranslation();
  return useMemo(() => {
    const keys: string[] = [];
    const toItem = (item: NavItem): MenuItem => {
      keys.push(item.key);
      const label = item.externalHref ? (
        <a href={item.externalHref} target="_blank" rel="noopener noreferrer">
          {t(item.labelKey)} <ExportOutlined style={{ fontSize: 11 }} />
        </a>
      ) : (
        <Link to={item.key}>{t(item.labelKey)}</Link>
      );
      return { key: item.key, icon: item.icon, label };
    };
    const items: MenuItem[] = [toItem(HOME_ITEM)];
    for (const feature of FEATURES) if (visible(feature, user, demo)) items.push(toItem(feature));
    for (const feature of UPCOMING_FEATURES) if (visible(feature, user, demo)) items.push(toItem(feature));
    if (hasAnyRole(user, ADMIN_GROUP.roles)) {
      const children = ADMIN_GROUP.items.filter((item) => visible(item, user, demo)).map(toItem);
      if (children.length > 0) {
        items.push({ type: 'divider' });
        items.push({ key: ADMIN_GROUP.key, icon: ADMIN_GROUP.icon, label: t(ADMIN_GROUP.labelKey), children });
      }
    }
    return { items, keys };
  }, [t, user, demo]);
}

export function AppLayout(props: Props) {
  return useIsPhone() ? <PhoneLayout {...props} /> : <DesktopLayout {...props} />;
}

/**
 * Phones: one compact header row (menu button, short title, bell, log-out icon) and the menu in a
 * drawer with the user's name, unit, settings and language; nothing wider than the screen.
 */
function PhoneLayout({ user, demo, onLogout, loggingOut, children }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const { token } = theme.useToken();
  const [open, setOpen] = useState(false);
  const { items, keys } = useMenuItems(user, demo);
  const selected = selectedKey(location.pathname, keys);
  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="phone-layout">
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          background: token.colorBgContainer,
          paddingInline: 8,
          height: 52,
          lineHeight: 'normal',
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Flex align="center" gap={4} style={{ height: '100%' }}>
          <Button
            type="text"
            size="large"
            icon={<MenuOutlined />}
            aria-label={t('nav.openMenu')}
            aria-expanded={open}
            onClick={() => setOpen(true)}
            data-testid="menu-open"
          />
          <Link to="/" style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong ellipsis style={{ color: token.colorPrimary, fontSize: 16 }}>
              {t('app.shortTitle')}
            </Typography.Text>
          </Link>
          <NotificationBell />
          <Button
            type="text"
            size="large"
            icon={<LogoutOutlined />}
            onClick={onLogout}
            loading={loggingOut}
            aria-label={t('auth.logout')}
            title={t('auth.logout')}
            data-testid="logout"
          />
        </Flex>
      </Layout.Header>
      <LazyDrawer
        placement="left"
        open={open}
        onClose={() => setOpen(false)}
        size={300}
        title={
          <div>
            <Typography.Text strong data-testid="header-user">
              {user.displayName}
            </Typography.Text>
            {user.unit ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, fontWeight: 'normal' }} data-testid="header-unit">
                {user.unit.name}
              </Typography.Text>
            ) : null}
          </div>
        }
        styles={{ body: { padding: 0 } }}
        data-testid="menu-drawer"
      >
        <div style={{ padding: '8px 16px' }}>
          <RoleTags roles={user.roles} />
        </div>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={selected ? [selected] : []}
          defaultOpenKeys={[ADMIN_GROUP.key]}
          onClick={() => setOpen(false)}
          style={{ borderInlineEnd: 'none' }}
          data-testid="main-menu"
        />
        <Flex vertical gap={12} style={{ padding: 16, borderTop: `1px solid ${token.colorBorderSecondary}` }}>
          <Link to="/settings" onClick={() => setOpen(false)} data-testid="header-settings">
            <NotificationOutlined /> {t('nav.reminderSettings')}
          </Link>
          <LanguageSwitcher />
        </Flex>
      </LazyDrawer>
      <Layout.Content style={{ padding: 12, minWidth: 0 }}>{children}</Layout.Content>
    </Layout>
  );
}

function DesktopLayout({ user, demo, onLogout, loggingOut, children }: Props) {
  const location = useLocation();
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();
  const { items, keys } = useMenuItems(user, demo);
  const selected = selectedKey(location.pathname, keys);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={240}
        theme="light"
        style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Link to="/" style={{ display: 'block', padding: collapsed ? '16px 8px' : '16px 20px' }}>
          <Typography.Text strong style={{ fontSize: collapsed ? 12 : 16, color: token.colorPrimary }}>
            {collapsed ? t('app.shortTitle') : t('app.title')}
          </Typography.Text>
        </Link>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={selected ? [selected] : []}
          defaultOpenKeys={[ADMIN_GROUP.key]}
          style={{ borderInlineEnd: 'none' }}
          data-testid="main-menu"
        />
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            paddingInline: 24,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            height: 'auto',
            lineHeight: 'normal',
            paddingBlock: 10,
          }}
        >
          <Flex justify="space-between" align="center" wrap gap={12}>
            <Space size="middle" wrap>
              <UserOutlined />
              <Typography.Text strong data-testid="header-user">
                {user.displayName}
              </Typography.Text>
              {user.unit ? (
                <Typography.Text type="secondary" data-testid="header-unit">
                  {user.unit.name}
                </Typography.Text>
              ) : null}
              <RoleTags roles={user.roles} />
            </Space>
            <Space size="middle">
              <NotificationBell />
              <Tooltip title={t('nav.reminderSettings')}>
                <Link to="/settings" aria-label={t('nav.reminderSettings')} data-testid="header-settings">
                  <Button shape="circle" icon={<NotificationOutlined />} tabIndex={-1} />
                </Link>
              </Tooltip>
              <LanguageSwitcher />
              <Tooltip title={t('auth.logout')}>
                <Button icon={<LogoutOutlined />} onClick={onLogout} loading={loggingOut} data-testid="logout">
                  {t('auth.logout')}
                </Button>
              </Tooltip>
            </Space>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ margin: 24, minWidth: 0 }}>{children}</Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', paddingBlock: 12, color: token.colorTextSecondary }}>
          {t('app.footer')}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
