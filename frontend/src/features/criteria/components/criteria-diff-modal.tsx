import { Alert, Modal, Select, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '@/lib/format';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useCriteriaDiff } from '../hooks/use-criteria-diff';
import type { CriteriaSetSummary, DiffChange, DiffSide } from '../types';
import { compareCodes } from '../utils/criteria-tree';
import { DIFF_COLORS, DiffKindTag } from './criteria-tags';

/** The newer of two sets (later year; the later created one on the same year) is compared against the older. */
export function orderForDiff(a: CriteriaSetSummary, b: CriteriaSetSummary): { newer: CriteriaSetSummary; older: CriteriaSetSummary } {
  const aIsNewer = a.year !== b.year ? a.year > b.year : a.id > b.id;
  return aIsNewer ? { newer: a, older: b } : { newer: b, older: a };
}

function Side({ side, other }: { side: DiffSide | null; other: DiffSide | null }) {
  if (!side) return null;
  const titleChanged = other !== null && other.title !== side.title;
  const pointsChanged = other !== null && other.maxPoints !== side.maxPoints;
  return (
    <span>
      <Typography.Text mark={titleChanged}>{side.title}</Typography.Text>{' '}
      <Typography.Text strong mark={pointsChanged}>
        ({formatPoints(side.maxPoints)})
      </Typography.Text>
    </span>
  );
}

type Props = {
  source: CriteriaSetSummary | null;
  sets: CriteriaSetSummary[];
  onClose: () => void;
};

/** Pick another set, then see what was added, removed or changed between the two. */
export function CriteriaDiffModal({ source, sets, onClose }: Props) {
  const { t } = useTranslation();
  const [otherId, setOtherId] = useState<number | undefined>();
  useEffect(() => setOtherId(undefined), [source]);

  const others = useMemo(() => sets.filter((s) => s.id !== source?.id), [sets, source]);
  const other = others.find((s) => s.id === otherId);
  const pair = source && other ? orderForDiff(source, other) : undefined;
  const diff = useCriteriaDiff(pair?.newer.id, pair?.older.id);
  const changes = useMemo(() => [...(diff.data?.changes ?? [])].sort((a, b) => compareCodes(a.code, b.code)), [diff.data]);
  const count = (kind: DiffChange['kind']) => changes.filter((c) => c.kind === kind).length;

  return (
    <Modal open={source !== null} title={t('criteria.compareTitle')} onCancel={onClose} footer={null} width={960} destroyOnHidden>
      {source ? (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Space wrap>
            <Typography.Text>{t('criteria.compareWith', { name: source.name })}</Typography.Text>
            <Select<number>
              style={{ minWidth: 360 }}
              placeholder={t('criteria.compareSelect')}
              value={otherId}
              onChange={setOtherId}
              showSearch={{ optionFilterProp: 'label' }}
              options={others.map((s) => ({ value: s.id, label: `${s.name} (${s.year})` }))}
              data-testid="criteria-compare-select"
            />
          </Space>
          {others.length === 0 ? <Alert type="info" showIcon title={t('criteria.compareNoOther')} /> : null}
          {pair ? (
            <Typography.Text type="secondary">
              {t('criteria.compareDirection', {
                newer: pair.newer.name,
                newerYear: pair.newer.year,
                older: pair.older.name,
                olderYear: pair.older.year,
              })}
            </Typography.Text>
          ) : null}
          {diff.error ? <ErrorAlert error={diff.error} /> : null}
          {diff.data && changes.length === 0 ? <Alert type="success" showIcon title={t('criteria.diffNone')} /> : null}
          {pair && (diff.isLoading || changes.length > 0) ? (
            <>
              {changes.length > 0 ? (
                <Typography.Text>{t('criteria.diffSummary', { added: count('ADDED'), removed: count('REMOVED'), changed: count('CHANGED') })}</Typography.Text>
              ) : null}
              <Table<DiffChange>
                size="small"
                bordered
                loading={diff.isLoading}
                rowKey={(c) => `${c.kind}-${c.code}`}
                dataSource={changes}
                pagination={changes.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                onRow={(c) => ({ style: { borderInlineStart: `4px solid ${DIFF_COLORS[c.kind]}` } })}
                data-testid="criteria-diff"
                columns={[
                  { title: t('criteria.code'), dataIndex: 'code', width: 100 },
                  { title: t('criteria.diffKind'), dataIndex: 'kind', width: 120, render: (kind: DiffChange['kind']) => <DiffKindTag kind={kind} /> },
                  { title: t('criteria.diffBefore'), key: 'before', render: (_, c) => <Side side={c.before} other={c.after} /> },
                  { title: t('criteria.diffAfter'), key: 'after', render: (_, c) => <Side side={c.after} other={c.before} /> },
                ]}
              />
            </>
          ) : null}
        </Space>
      ) : null}
    </Modal>
  );
}
