import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DemoAccount } from '@/lib/public-config';
import { RoleTags } from '@/components/ui/role-tags';

export const DEMO_PASSWORD = 'demo';

export function DemoAccounts({ accounts, onPick }: { accounts: DemoAccount[]; onPick: (account: DemoAccount) => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="demo-accounts">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('auth.demoTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('auth.demoHint', { password: DEMO_PASSWORD })}</Typography.Paragraph>
      <Table<DemoAccount>
        size="small"
        rowKey="username"
        pagination={false}
        dataSource={accounts}
        onRow={(account) => ({
          onClick: () => onPick(account),
          style: { cursor: 'pointer' },
          'data-testid': `demo-account-${account.username}`,
        } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('auth.username'), dataIndex: 'username', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.roles'), dataIndex: 'roles', render: (roles: string[]) => <RoleTags roles={roles ?? []} /> },
          { title: t('users.unit'), dataIndex: 'unitName', render: (v?: string | null) => v ?? '' },
        ]}
      />
    </div>
  );
}
