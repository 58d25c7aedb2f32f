import { Card, Layout, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { formatDate } from '@/lib/format';
import { usePublicResults } from '../hooks/use-results';
import { parseId } from './campaign-detail-page';
import { ResultsTable } from './results-table';

/** /public/campaigns/:id/results: the published ranking, without login. */
export function PublicResultsPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  const query = usePublicResults(id);

  let body;
  if (id !== undefined && query.isLoading) body = <FullPageSpinner />;
  else if (!query.data) body = <Result status="404" title={t('campaigns.public.notPublished')} data-testid="public-results-missing" />;
  else
    body = (
      <Card data-testid="public-results">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('campaigns.public.title', { name: query.data.campaignName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('campaigns.public.subtitle', { year: query.data.year })}</Typography.Paragraph>
        <ResultsTable units={query.data.units} testId="public-results-table" />
      </Card>
    );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#c8102e', display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
          {t('app.title')}
        </Typography.Text>
        <LanguageSwitcher />
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1000, width: '100%', margin: '0 auto' }}>{body}</Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        {t('app.footer')} · {formatDate(new Date())}
      </Layout.Footer>
    </Layout>
  );
}
