import { Alert, Button, Card, Checkbox, Col, Drawer, Row, Space, Statistic, Switch, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPoints } from '@/lib/format';
import { PointsInput } from '@/components/ui/points-input';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useScoreSimulation } from '../hooks/use-score-simulation';
import type { CriteriaNode, CriteriaSet, FieldScore, ScoreAnswer } from '../types';
import { leafNodes } from '../utils/criteria-tree';
import { ClassificationTag } from './criteria-tags';

type Answer = { points: number | null; notApplicable: boolean };

/** One answer per scored node (leaf); not applicable only where allowed. */
export function toScoreAnswers(leaves: readonly CriteriaNode[], answers: ReadonlyMap<string, Answer>): ScoreAnswer[] {
  return leaves.map((leaf) => {
    const answer = answers.get(leaf.code);
    const notApplicable = Boolean(leaf.notApplicableAllowed && answer?.notApplicable);
    return { code: leaf.code, points: notApplicable ? null : (answer?.points ?? null), notApplicable };
  });
}

type Props = { set: CriteriaSet; open: boolean; onClose: () => void };

/** Trial scoring of a set: points per leaf, not-applicable items rescaled away by the server. */
export function ScoreSimulatorDrawer({ set, open, onClose }: Props) {
  const { t } = useTranslation();
  const leaves = useMemo(() => leafNodes(set.nodes), [set.nodes]);
  const [answers, setAnswers] = useState<Map<string, Answer>>(new Map());
  const request = useMemo(() => toScoreAnswers(leaves, answers), [leaves, answers]);
  const score = useScoreSimulation(set.id, request, open && leaves.length > 0);
  const result = score.data;

  const update = (code: string, change: Partial<Answer>) =>
    setAnswers((prev) => {
      const next = new Map(prev);
      next.set(code, { points: null, notApplicable: false, ...prev.get(code), ...change });
      return next;
    });

  return (
    <Drawer open={open} onClose={onClose} title={t('criteria.score.title')} size={860} destroyOnHidden data-testid="score-simulator">
      <Typography.Paragraph type="secondary">{t('criteria.score.intro')}</Typography.Paragraph>
      {leaves.length === 0 ? <Alert type="info" showIcon title={t('criteria.score.noLeaves')} /> : null}
      {score.error ? <ErrorAlert error={score.error} style={{ marginBottom: 16 }} /> : null}
      {result ? (
        <Card size="small" style={{ marginBottom: 16 }} loading={false}>
          <Row gutter={16} align="middle">
            <Col span={6}>
              <Statistic title={t('criteria.score.achieved')} value={formatPoints(result.achieved)} />
            </Col>
            <Col span={6}>
              <Statistic title={t('criteria.score.max')} value={formatPoints(result.max)} />
            </Col>
            <Col span={6}>
              <Statistic title={t('criteria.score.index')} value={formatNumber(result.index, 2)} data-testid="score-index" />
            </Col>
            <Col span={6}>
              <Typography.Text type="secondary">{t('criteria.score.classification')}</Typography.Text>
              <div style={{ marginTop: 8 }}>
                <ClassificationTag value={result.classification} />
              </div>
            </Col>
          </Row>
          <Table<FieldScore>
            style={{ marginTop: 12 }}
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={result.fields}
            title={() => t('criteria.score.perField')}
            columns={[
              { title: t('criteria.code'), dataIndex: 'code', width: 70 },
              { title: t('criteria.nodeTitle'), dataIndex: 'title' },
              { title: t('criteria.score.achieved'), dataIndex: 'achieved', width: 100, align: 'right', render: (v: number) => formatPoints(v) },
              { title: t('criteria.score.max'), dataIndex: 'max', width: 100, align: 'right', render: (v: number) => formatPoints(v) },
            ]}
          />
        </Card>
      ) : null}
      {leaves.length > 0 ? (
        <>
          <Space style={{ marginBottom: 8 }}>
            <Button size="small" onClick={() => setAnswers(new Map(leaves.map((l) => [l.code, { points: l.maxPoints, notApplicable: false }])))}>
              {t('criteria.score.fillMax')}
            </Button>
            <Button size="small" onClick={() => setAnswers(new Map())}>
              {t('criteria.score.clear')}
            </Button>
          </Space>
          <Table<CriteriaNode>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={leaves}
            columns={[
              { title: t('criteria.code'), dataIndex: 'code', width: 80 },
              { title: t('criteria.nodeTitle'), dataIndex: 'title', ellipsis: true },
              { title: t('criteria.maxPoints'), dataIndex: 'maxPoints', width: 90, align: 'right', render: (v: number) => formatPoints(v) },
              {
                title: t('criteria.score.points'),
                key: 'points',
                width: 130,
                render: (_, leaf) => {
                  const answer = answers.get(leaf.code);
                  const disabled = Boolean(answer?.notApplicable);
                  if (leaf.answerType === 'YES_NO') {
                    return (
                      <Switch
                        size="small"
                        disabled={disabled}
                        checked={answer?.points === leaf.maxPoints}
                        checkedChildren={t('criteria.score.yes')}
                        onChange={(on) => update(leaf.code, { points: on ? leaf.maxPoints : 0 })}
                      />
                    );
                  }
                  return (
                    <PointsInput
                      size="small"
                      max={leaf.maxPoints}
                      disabled={disabled}
                      value={answer?.points ?? null}
                      onChange={(v) => update(leaf.code, { points: v ?? null })}
                      aria-label={`${t('criteria.score.points')} ${leaf.code}`}
                    />
                  );
                },
              },
              {
                title: t('criteria.notApplicable'),
                key: 'na',
                width: 110,
                align: 'center',
                render: (_, leaf) =>
                  leaf.notApplicableAllowed ? (
                    <Checkbox
                      checked={Boolean(answers.get(leaf.code)?.notApplicable)}
                      onChange={(e) => update(leaf.code, { notApplicable: e.target.checked })}
                      aria-label={`${t('criteria.notApplicable')} ${leaf.code}`}
                    />
                  ) : null,
              },
            ]}
          />
        </>
      ) : null}
    </Drawer>
  );
}
