import type { Unit } from './units';

export type UnitNode = Unit & {
  depth: number;
  /** undefined (not []) for leaves, so that antd tables show no expand button */
  children?: UnitNode[];
};

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Builds the unit forest from a flat list. A unit whose parent is not in the list (the caller
 * may not see it) becomes a root; a parent cycle in bad data is broken instead of looping.
 * Siblings are sorted by Vietnamese name.
 */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const byId = new Map<number, Unit>();
  for (const unit of units) byId.set(unit.id, unit);

  const childrenOf = new Map<number | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && unit.parentId !== unit.id && byId.has(unit.parentId) ? unit.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(unit);
    childrenOf.set(parent, list);
  }

  const placed = new Set<number>();
  const build = (unit: Unit, depth: number): UnitNode => {
    placed.add(unit.id);
    const kids = (childrenOf.get(unit.id) ?? [])
      .filter((child) => !placed.has(child.id))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((child) => build(child, depth + 1));
    return { ...unit, depth, children: kids.length > 0 ? kids : undefined };
  };

  const roots = (childrenOf.get(null) ?? []).sort((a, b) => collator.compare(a.name, b.name)).map((u) => build(u, 0));
  // units only reachable through a cycle: show them as roots rather than hiding them
  for (const unit of [...units].sort((a, b) => collator.compare(a.name, b.name))) {
    if (!placed.has(unit.id)) roots.push(build({ ...unit, parentId: null }, 0));
  }
  return roots;
}

/** Depth-first list of the tree, parents before children. */
export function flattenUnitTree(nodes: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const walk = (list: readonly UnitNode[]) => {
    for (const node of list) {
      out.push(node);
      if (node.children) walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** Ids of a unit and all its descendants (a unit cannot become a child of one of these). */
export function descendantIds(units: readonly Unit[], id: number): Set<number> {
  const result = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

export type UnitTreeSelectNode = {
  value: number;
  title: string;
  disabled?: boolean;
  children?: UnitTreeSelectNode[];
};

/** Data for antd TreeSelect; units in `disabledIds` are shown but cannot be picked. */
export function toTreeSelectData(nodes: readonly UnitNode[], disabledIds?: ReadonlySet<number>): UnitTreeSelectNode[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.shortName ? `${node.name} (${node.shortName})` : node.name,
    disabled: disabledIds?.has(node.id) || undefined,
    children: node.children ? toTreeSelectData(node.children, disabledIds) : undefined,
  }));
}

/** Number of units per level code. */
export function countByLevel(units: readonly Unit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit.level, (counts.get(unit.level) ?? 0) + 1);
  return counts;
}
