import { Alert, Button, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '@/lib/units';
import type { UnknownUnit } from '../types';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** The unit a suggestion names (by name, short name or alias). */
export function findUnitByName(units: readonly Unit[], name: string): Unit | undefined {
  const wanted = norm(name);
  return (
    units.find((u) => norm(u.name) === wanted) ??
    units.find((u) => (u.shortName ? norm(u.shortName) === wanted : false)) ??
    units.find((u) => u.aliases.some((a) => norm(a) === wanted))
  );
}

type Option = { value: number; label: string };
type OptionGroup = { label: string; title: string; options: Option[] };

/** Suggested units first (in the backend's order), then every unit by name. */
export function unitChoices(unknown: UnknownUnit, units: readonly Unit[], labels: { suggestions: string; all: string }): OptionGroup[] {
  const suggested: Option[] = [];
  for (const name of unknown.suggestions) {
    const unit = findUnitByName(units, name);
    if (unit && !suggested.some((o) => o.value === unit.id)) suggested.push({ value: unit.id, label: unit.name });
  }
  const all = [...units]
    .filter((u) => !suggested.some((o) => o.value === u.id))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((u) => ({ value: u.id, label: u.name }));
  const groups: OptionGroup[] = [];
  if (suggested.length > 0) groups.push({ label: labels.suggestions, title: labels.suggestions, options: suggested });
  groups.push({ label: labels.all, title: labels.all, options: all });
  return groups;
}

type Props = {
  unknownUnits: UnknownUnit[];
  units: Unit[];
  /** maps the name to the unit (alias) and previews again */
  onMap: (name: string, unitId: number) => void;
  /** the name being mapped, if any */
  mapping?: string;
  disabled?: boolean;
};

/** One row per unit name of the table that matches no unit: pick the unit, then "Ghép tên". */
export function UnknownUnitsPanel({ unknownUnits, units, onMap, mapping, disabled }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Record<string, number | undefined>>({});
  const labels = { suggestions: t('plans.import.suggestions'), all: t('plans.import.allUnits') };

  // one row per distinct name; the rows of the file where it appears
  const rows = useMemo(() => {
    const byName = new Map<string, UnknownUnit & { rows: number[] }>();
    for (const u of unknownUnits) {
      const existing = byName.get(u.name);
      if (existing) existing.rows.push(u.row);
      else byName.set(u.name, { ...u, rows: [u.row] });
    }
    return [...byName.values()];
  }, [unknownUnits]);

  const valueOf = (u: UnknownUnit) => (u.name in chosen ? chosen[u.name] : findUnitByName(units, u.suggestions[0] ?? '')?.id);

  return (
    <div data-testid="unknown-units">
      <Alert type="warning" showIcon title={t('plans.import.unknownTitle', { count: rows.length })} description={t('plans.import.unknownHint')} style={{ marginBottom: 8 }} />
      <Table
        size="small"
        bordered
        rowKey="name"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('import.row'), dataIndex: 'rows', width: 90, render: (r: number[]) => r.join(', ') },
          { title: t('import.column'), dataIndex: 'column', width: 160 },
          { title: t('plans.import.unknownName'), dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          {
            title: t('plans.import.mapTo'),
            key: 'map',
            width: 420,
            render: (_, u, index) => (
              <Space.Compact style={{ width: '100%' }}>
                <Select<number>
                  style={{ flex: 1, minWidth: 0 }}
                  value={valueOf(u)}
                  onChange={(value) => setChosen((c) => ({ ...c, [u.name]: value }))}
                  options={unitChoices(u, units, labels)}
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('plans.import.selectUnit')}
                  aria-label={t('plans.import.mapToName', { name: u.name })}
                  disabled={disabled}
                  data-testid={`unknown-unit-select-${index}`}
                />
                <Button
                  type="primary"
                  disabled={disabled || valueOf(u) === undefined}
                  loading={mapping === u.name}
                  onClick={() => {
                    const unitId = valueOf(u);
                    if (unitId !== undefined) onMap(u.name, unitId);
                  }}
                  data-testid={`unknown-unit-map-${index}`}
                >
                  {t('plans.import.map')}
                </Button>
              </Space.Compact>
            ),
          },
        ]}
      />
    </div>
  );
}
