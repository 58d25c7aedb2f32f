import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { usePublicConfig } from '@/lib/public-config';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { useLogin } from '../hooks/use-login';
import type { LoginRequest } from '../types';
import { DEMO_PASSWORD, DemoAccounts } from './demo-accounts';

/** 401 and 429 problems carry a human sentence in detail (429: how long to wait). */
function errorText(error: unknown, t: (key: string) => string): string {
  if (isApiError(error)) {
    if (error.detail) return error.detail;
    if (error.status === 401) return t('auth.badCredentials');
    if (error.status === 429) return t('auth.throttled');
    return error.title;
  }
  return t('auth.loginFailed');
}

export function LoginForm({ onLoggedIn }: { onLoggedIn?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginRequest>();
  const config = usePublicConfig();
  const loginMutation = useLogin(onLoggedIn);

  const error = loginMutation.error ? errorText(loginMutation.error, t) : undefined;
  const demoAccounts = config.data?.demo ? config.data.demoAccounts : [];

  return (
    <Flex vertical align="center" gap={24} style={{ width: '100%', maxWidth: 760 }}>
      <Flex justify="space-between" align="center" style={{ width: '100%' }}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
        </div>
        <LanguageSwitcher />
      </Flex>
      <Card title={t('auth.loginTitle')} style={{ width: '100%', maxWidth: 420 }}>
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />
        ) : null}
        <Form<LoginRequest>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => loginMutation.mutate({ username: values.username.trim(), password: values.password })}
          disabled={loginMutation.isPending}
        >
          <Form.Item
            label={t('auth.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input id="username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
            <Input.Password id="password" prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loginMutation.isPending} data-testid="login-submit">
            {t('auth.login')}
          </Button>
        </Form>
      </Card>
      {config.error ? <Alert type="warning" showIcon title={t('errors.configUnavailable')} /> : null}
      {demoAccounts.length > 0 ? (
        <Card style={{ width: '100%' }}>
          <DemoAccounts
            accounts={demoAccounts}
            onPick={(account) => {
              form.setFieldsValue({ username: account.username, password: DEMO_PASSWORD });
              loginMutation.reset();
            }}
          />
        </Card>
      ) : null}
    </Flex>
  );
}
