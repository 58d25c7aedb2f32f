import { formatPoints } from '@/lib/format';
import type { CriteriaNode, ResponsibilityRow } from '../types';

/** A node as an antd tree-table row. */
export type CriteriaTreeRow = Omit<CriteriaNode, 'children'> & {
  /** unique row key: the node id, or its position ("p0.2.1") in an import preview (ids are null there) */
  key: string;
  parentId: number | null;
  parentCode: string | null;
  /** undefined (not []) for leaves, so that antd shows no expand button */
  children?: CriteriaTreeRow[];
};

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** "1.2" < "1.10" < "2": numeric comparison part by part. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const c = collator.compare(pa[i], pb[i]);
    if (c !== 0) return c;
  }
  return 0;
}

/** The set's nodes as tree-table rows, in the order given. */
export function toTreeRows(nodes: readonly CriteriaNode[]): CriteriaTreeRow[] {
  const convert = (list: readonly CriteriaNode[], parent: CriteriaNode | null, path: string): CriteriaTreeRow[] =>
    list.map((node, index) => {
      const position = path ? `${path}.${index}` : String(index);
      const kids = node.children;
      const { children: _children, ...rest } = node;
      void _children;
      return {
        ...rest,
        key: node.id !== null && node.id !== undefined ? String(node.id) : `p${position}`,
        parentId: parent?.id ?? null,
        parentCode: parent?.code ?? null,
        children: kids.length > 0 ? convert(kids, node, position) : undefined,
      };
    });
  return convert(nodes, null, '');
}

/** Depth-first list, parents before children. */
export function flattenRows<T extends { children?: T[] }>(rows: readonly T[]): T[] {
  const out: T[] = [];
  const walk = (list: readonly T[]) => {
    for (const row of list) {
      out.push(row);
      if (row.children) walk(row.children);
    }
  };
  walk(rows);
  return out;
}

/** Keys of the rows that have children: all of them expanded by default. */
export function expandableKeys(rows: readonly CriteriaTreeRow[]): string[] {
  return flattenRows(rows)
    .filter((r) => r.children && r.children.length > 0)
    .map((r) => r.key);
}

/** The scored nodes: those without children. */
export function leafNodes(nodes: readonly CriteriaNode[]): CriteriaNode[] {
  const out: CriteriaNode[] = [];
  const walk = (list: readonly CriteriaNode[]) => {
    for (const node of list) {
      if (node.children && node.children.length > 0) walk(node.children);
      else out.push(node);
    }
  };
  walk(nodes);
  return out;
}

export function countNodes(nodes: readonly CriteriaNode[]): number {
  return nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);
}

/**
 * What the "sum of children" column shows: nothing for a leaf, the formatted sum otherwise,
 * flagged when it differs from the node's max points.
 */
export function childrenSumDisplay(node: Pick<CriteriaNode, 'childrenSum' | 'sumMismatch'>): { text: string; mismatch: boolean } | null {
  if (node.childrenSum === null || node.childrenSum === undefined) return null;
  return { text: formatPoints(node.childrenSum), mismatch: Boolean(node.sumMismatch) };
}

/** Number of nodes whose max differs from the sum of their children. */
export function countSumMismatches(nodes: readonly CriteriaNode[]): number {
  return nodes.reduce((n, node) => n + (node.sumMismatch ? 1 : 0) + countSumMismatches(node.children), 0);
}

/** Code proposed for a new child of `parent` (or a new field when null): one more than the last sibling. */
export function suggestChildCode(parent: { code: string } | null, siblings: readonly { code: string }[]): string {
  const numbers = siblings
    .map((s) => s.code.split('.').pop() ?? '')
    .map((last) => Number.parseInt(last, 10))
    .filter((n) => Number.isFinite(n));
  const next = (numbers.length > 0 ? Math.max(...numbers) : 0) + 1;
  return parent ? `${parent.code}.${next}` : String(next);
}

/** A row of the responsibility matrix ready to show. */
export type MatrixRow = ResponsibilityRow & {
  /** code of the field a criterion belongs to (its own code for a field) */
  fieldCode: string;
  isField: boolean;
  /** a criterion showing its field's assignment */
  inherited: boolean;
  /** a criterion with its own assignment, which can go back to its field's */
  resettable: boolean;
  /** nobody leads it (neither its own assignment nor its field's) */
  unassigned: boolean;
};

/**
 * The matrix rows as one flat list: each field followed by its criteria, in code order.
 * Criteria whose field is missing from the list stay (after the fields), never hidden.
 */
export function buildMatrixRows(rows: readonly ResponsibilityRow[]): MatrixRow[] {
  const fields = rows.filter((r) => r.depth <= 1).sort((a, b) => compareCodes(a.code, b.code));
  const criteria = rows.filter((r) => r.depth > 1).sort((a, b) => compareCodes(a.code, b.code));
  const fieldCodeOf = (code: string) => code.split('.')[0];
  const toRow = (r: ResponsibilityRow): MatrixRow => {
    const isField = r.depth <= 1;
    return {
      ...r,
      fieldCode: isField ? r.code : fieldCodeOf(r.code),
      isField,
      inherited: !isField && !r.own,
      resettable: !isField && r.own,
      unassigned: r.leadUnitId === null || r.leadUnitId === undefined,
    };
  };
  const out: MatrixRow[] = [];
  const placed = new Set<number>();
  for (const field of fields) {
    out.push(toRow(field));
    placed.add(field.nodeId);
    for (const c of criteria) {
      if (fieldCodeOf(c.code) === field.code && !placed.has(c.nodeId)) {
        out.push(toRow(c));
        placed.add(c.nodeId);
      }
    }
  }
  for (const c of criteria) if (!placed.has(c.nodeId)) out.push(toRow(c));
  return out;
}

/** "1.5: message" lines of a 422 whose errors name node codes in `field`, grouped per code. */
export function errorsByCode(errors: readonly { field?: string; message: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of errors) {
    const key = e.field ?? '';
    map.set(key, [...(map.get(key) ?? []), e.message]);
  }
  return map;
}
