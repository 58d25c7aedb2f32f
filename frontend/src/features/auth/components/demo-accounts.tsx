import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DemoAccount } from '@/lib/public-config';
import { RoleTags } from '@/components/ui/role-tags';

export const DEMO_PASSWORD = 'demo';

/**
 * The demo accounts as a list of buttons, one per account (a list rather than a table: it fits a
 * phone and keeps antd's Table out of the login page's JavaScript).
 */
export function DemoAccounts({ accounts, onPick }: { accounts: DemoAccount[]; onPick: (account: DemoAccount) => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="demo-accounts">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('auth.demoTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('auth.demoHint', { password: DEMO_PASSWORD })}</Typography.Paragraph>
      <Flex vertical gap={4} role="list">
        {accounts.map((account) => (
          <div role="listitem" key={account.username}>
            <button type="button" className="demo-account" onClick={() => onPick(account)} data-testid={`demo-account-${account.username}`}>
              <Flex gap={8} wrap align="center">
                <Typography.Text code>{account.username}</Typography.Text>
                <Typography.Text strong>{account.displayName}</Typography.Text>
                <RoleTags roles={account.roles ?? []} />
              </Flex>
              {account.unitName ? (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {account.unitName}
                </Typography.Text>
              ) : null}
            </button>
          </div>
        ))}
      </Flex>
    </div>
  );
}
