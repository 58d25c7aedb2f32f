import { CopyOutlined, DeleteOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Skeleton, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { useCreateCalendarToken, usePreferences, useRevokeCalendarToken, useSavePreferences } from '../hooks/use-reminders';

/** /settings: the caller's own reminder settings (daily digest, calendar feed). */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="settings">
      <PageHeader title={t('reminders.settings.title')} description={t('reminders.settings.description')} />
      <DigestCard />
      <CalendarFeedCard />
    </div>
  );
}

function DigestCard() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const preferences = usePreferences();
  const save = useSavePreferences();
  return (
    <Card title={t('reminders.settings.digestTitle')} style={{ marginBottom: 16 }}>
      {preferences.error ? (
        <ErrorAlert error={preferences.error} />
      ) : !preferences.data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Flex gap={12} align="flex-start">
          <Switch
            checked={save.isPending ? save.variables?.dailyDigest : preferences.data.dailyDigest}
            loading={save.isPending}
            onChange={(dailyDigest) =>
              save.mutate(
                { dailyDigest },
                {
                  onSuccess: (p) => void message.success(p.dailyDigest ? t('reminders.settings.digestOn') : t('reminders.settings.digestOff')),
                  onError: (error) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected')),
                },
              )
            }
            aria-label={t('reminders.settings.digest')}
            data-testid="settings-digest"
          />
          <div>
            <Typography.Text strong>{t('reminders.settings.digest')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('reminders.settings.digestHint')}
            </Typography.Paragraph>
          </div>
        </Flex>
      )}
    </Card>
  );
}

function CalendarFeedCard() {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const create = useCreateCalendarToken();
  const revoke = useRevokeCalendarToken();
  const [url, setUrl] = useState<string | null>(null);
  const onError = (error: unknown) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'));

  const onCreate = () =>
    modal.confirm({
      title: t('reminders.settings.feedCreateConfirmTitle'),
      content: t('reminders.settings.feedCreateConfirm'),
      okText: t('reminders.settings.feedCreate'),
      cancelText: t('common.cancel'),
      onOk: () => create.mutateAsync().then((r) => setUrl(r.url), onError),
    });

  const onRevoke = () =>
    modal.confirm({
      title: t('reminders.settings.feedRevokeConfirmTitle'),
      content: t('reminders.settings.feedRevokeConfirm'),
      okText: t('reminders.settings.feedRevoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        revoke.mutateAsync().then(() => {
          setUrl(null);
          void message.success(t('reminders.settings.feedRevoked'));
        }, onError),
    });

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('reminders.settings.copied'));
    } catch {
      void message.info(t('reminders.settings.copyManually'));
    }
  };

  return (
    <Card title={t('reminders.settings.feedTitle')} data-testid="settings-feed">
      <Typography.Paragraph>{t('reminders.settings.feedDescription')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<LinkOutlined />} onClick={onCreate} loading={create.isPending} data-testid="feed-create">
          {t('reminders.settings.feedCreate')}
        </Button>
        <Button danger icon={<DeleteOutlined />} onClick={onRevoke} loading={revoke.isPending} data-testid="feed-revoke">
          {t('reminders.settings.feedRevoke')}
        </Button>
      </Space>
      {url ? (
        <div style={{ marginBottom: 16 }}>
          <Alert type="success" showIcon title={t('reminders.settings.feedReady')} style={{ marginBottom: 8 }} />
          <Space.Compact style={{ width: '100%' }}>
            <Input readOnly value={url} aria-label={t('reminders.settings.feedUrl')} data-testid="feed-url" onFocus={(e) => e.target.select()} />
            <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="feed-copy">
              {t('reminders.settings.copy')}
            </Button>
          </Space.Compact>
        </div>
      ) : (
        <Typography.Paragraph type="secondary">{t('reminders.settings.feedHidden')}</Typography.Paragraph>
      )}
      <Typography.Title level={5}>{t('reminders.settings.howTo')}</Typography.Title>
      <ul style={{ paddingInlineStart: 20 }}>
        <li>{t('reminders.settings.howToOutlook')}</li>
        <li>{t('reminders.settings.howToGoogle')}</li>
        <li>{t('reminders.settings.howToIphone')}</li>
      </ul>
      <Alert type="warning" showIcon title={t('reminders.settings.feedSecret')} />
    </Card>
  );
}
