import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '@/lib/format';
import type { ScoreRanking } from '../types';

/** The owner unit's place in its latest published campaign, and the place its projected index would take. */
export function ScoreRankingCard({ ranking, projectedIndex }: { ranking: ScoreRanking; projectedIndex: number }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('dashboard.scores.ranking.title')} data-testid="dash-score-ranking" style={{ height: '100%' }}>
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="dash-score-ranking-rank">
        {t('dashboard.scores.ranking.rank', { rank: ranking.rank, of: ranking.of, campaign: ranking.campaignName, year: ranking.year })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('dashboard.scores.ranking.index', { index: formatPoints(ranking.index) })}
      </Typography.Paragraph>
      <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="dash-score-ranking-projected">
        {t('dashboard.scores.ranking.projected', { projectedRank: ranking.projectedRank, of: ranking.of })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('dashboard.scores.ranking.projectedIndex', { index: formatPoints(projectedIndex) })}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="dash-score-ranking-note">
        {t('dashboard.scores.ranking.note')}
      </Typography.Text>
    </Card>
  );
}
