import { Alert, Card, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ExportMenu } from '@/components/ui/export-menu';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { useResults } from '../hooks/use-results';
import { IndexBarChart } from './index-bar-chart';
import { ResultsTable } from './results-table';

/** The ranking with field subtotals and the index chart; provisional until published. */
export function ResultsPanel({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const results = useResults(campaignId);
  if (results.isLoading) return <FullPageSpinner />;
  if (!results.data) return <ErrorAlert error={results.error} />;
  const { units, published } = results.data;
  return (
    <div data-testid="results-panel">
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <ExportMenu path={`/api/campaigns/${campaignId}/results/export`} testId="results-export" />
      </Flex>
      {!published ? <Alert type="info" showIcon title={t('campaigns.results.provisional')} style={{ marginBottom: 12 }} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ResultsTable units={units} detailed />
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('campaigns.results.chart')}>
            <IndexBarChart units={units} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
