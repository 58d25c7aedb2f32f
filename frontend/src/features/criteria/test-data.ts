import type { CriteriaNode, CriteriaSet } from './types';

/** A node for tests; children's max points summed into childrenSum. */
export function node(id: number | null, code: string, title: string, maxPoints: number, children: CriteriaNode[] = [], extra: Partial<CriteriaNode> = {}): CriteriaNode {
  const childrenSum = children.length > 0 ? children.reduce((s, c) => s + c.maxPoints, 0) : null;
  return {
    id,
    code,
    title,
    maxPoints,
    guidance: null,
    evidence: null,
    answerType: 'POINTS',
    notApplicableAllowed: false,
    numeratorLabel: null,
    denominatorLabel: null,
    bands: [],
    pointsPerEvent: null,
    section: null,
    depth: code.split('.').length,
    childrenSum,
    sumMismatch: childrenSum !== null && Math.abs(childrenSum - maxPoints) > 1e-9,
    children,
    version: id === null ? null : 1,
    ...extra,
  };
}

/** Two fields; field 2 claims 13.5 but its children add up to 13. */
export const sampleNodes: CriteriaNode[] = [
  node(1, '1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', 8.5, [
    node(2, '1.1', 'Kế hoạch cải cách hành chính năm', 2, [
      node(3, '1.1.1', 'Ban hành kế hoạch đúng thời hạn', 1, [], { version: 2 }),
      node(4, '1.1.2', 'Mức độ thực hiện kế hoạch', 1, [], { notApplicableAllowed: true }),
    ]),
    node(5, '1.2', 'Báo cáo cải cách hành chính', 6.5, [], { answerType: 'YES_NO', guidance: 'Đủ 4 báo cáo quý: 6,5 điểm' }),
  ]),
  node(6, '2', 'CẢI CÁCH THỂ CHẾ', 13.5, [node(7, '2.1', 'Xây dựng văn bản quy phạm pháp luật', 6), node(8, '2.2', 'Kiểm tra văn bản', 7)]),
];

export const sampleSet: CriteriaSet = {
  id: 12,
  name: 'Bộ tiêu chí Chỉ số CCHC cấp huyện năm 2026',
  year: 2026,
  level: 'DISTRICT',
  status: 'DRAFT',
  totalMaxPoints: 22,
  nodeCount: 8,
  copiedFromId: null,
  updatedAt: '2026-03-05T03:00:00Z',
  thresholds: { excellent: 90, good: 80, fair: 70, average: 50 },
  bonusMaxPoints: 0,
  penaltyMaxPoints: 0,
  indexCappedAt100: true,
  nodes: sampleNodes,
};
