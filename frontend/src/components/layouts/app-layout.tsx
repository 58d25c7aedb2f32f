import { ExportOutlined, LogoutOutlined, NotificationOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, type MenuProps, Space, Tooltip, Typography, theme } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { hasAnyRole, type Me } from '@/lib/auth';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
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

export function AppLayout({ user, demo, onLogout, loggingOut, children }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  const { items, keys } = useMemo(() => {
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
      <Layout>
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
        <Layout.Content style={{ margin: 24 }}>{children}</Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', paddingBlock: 12, color: token.colorTextSecondary }}>
          {t('app.footer')}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
