import { Alert, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '@/lib/units';
import type { ImportAnswer, ImportQuestion } from '../types';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The select's value for "keep the phrase as a note". */
export const NOTE = 'note';

/** How answers are kept: one per cell, by row, column and phrase. */
export const questionKey = (q: { row: number; column: string; phrase: string }) => `${q.row}|${q.column}|${q.phrase}`;

/** A phrase compared as the backend does, roughly: case, accents, spacing and trailing punctuation aside. */
export const phraseKey = (phrase: string) =>
  phrase
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLocaleLowerCase('vi')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!]+$/, '')
    .trim();

export type Choice = number | typeof NOTE;

type Option = { value: Choice; label: string };
type OptionGroup = { label: string; title: string; options: Option[] };

/** The candidates first (in the backend's order), "keep as a note", then every unit by name. */
export function questionChoices(
  question: ImportQuestion,
  units: readonly Unit[],
  labels: { suggestions: string; note: string; all: string },
): OptionGroup[] {
  const suggested: Option[] = question.candidates.map((c) => ({ value: c.unitId, label: c.name }));
  const all = [...units]
    .filter((u) => !question.candidates.some((c) => c.unitId === u.id))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((u) => ({ value: u.id, label: u.name }));
  const groups: OptionGroup[] = [];
  if (suggested.length > 0) groups.push({ label: labels.suggestions, title: labels.suggestions, options: suggested });
  groups.push({ label: labels.note, title: labels.note, options: [{ value: NOTE, label: labels.note }] });
  groups.push({ label: labels.all, title: labels.all, options: all });
  return groups;
}

/** The answers the import sends, for the questions answered. */
export function toAnswers(questions: readonly ImportQuestion[], chosen: Readonly<Record<string, Choice | undefined>>): ImportAnswer[] {
  const answers: ImportAnswer[] = [];
  for (const q of questions) {
    const choice = chosen[questionKey(q)];
    if (choice === undefined) continue;
    answers.push(
      choice === NOTE
        ? { row: q.row, column: q.column, phrase: q.phrase, note: true }
        : { row: q.row, column: q.column, phrase: q.phrase, unitIds: [choice] },
    );
  }
  return answers;
}

/**
 * A choice for one cell; the other cells with the same phrase that are still open take the same
 * answer (the backend wants one answer per phrase).
 */
export function answerQuestion(
  questions: readonly ImportQuestion[],
  chosen: Readonly<Record<string, Choice | undefined>>,
  question: ImportQuestion,
  choice: Choice,
): Record<string, Choice | undefined> {
  const next = { ...chosen, [questionKey(question)]: choice };
  for (const q of questions) {
    if (phraseKey(q.phrase) === phraseKey(question.phrase)) next[questionKey(q)] = choice;
  }
  return next;
}

type Props = {
  questions: ImportQuestion[];
  units: Unit[];
  chosen: Record<string, Choice | undefined>;
  onChoose: (question: ImportQuestion, choice: Choice) => void;
  disabled?: boolean;
};

/**
 * The open questions of the file, cell by cell: the row, the column and the phrase as written, and
 * what it is: one of the suggested units, any unit (search), or a note kept on the item.
 */
export function OpenQuestionsPanel({ questions, units, chosen, onChoose, disabled }: Props) {
  const { t } = useTranslation();
  const labels = { suggestions: t('plans.import.suggestions'), note: t('plans.import.keepAsNote'), all: t('plans.import.allUnits') };
  const open = questions.filter((q) => chosen[questionKey(q)] === undefined).length;
  return (
    <div data-testid="open-questions">
      <Alert
        type={open > 0 ? 'warning' : 'success'}
        showIcon
        title={open > 0 ? t('plans.import.questionsTitle', { count: open, total: questions.length }) : t('plans.import.questionsAnswered')}
        description={t('plans.import.questionsHint')}
        style={{ marginBottom: 8 }}
      />
      <Table<ImportQuestion>
        size="small"
        bordered
        rowKey={questionKey}
        pagination={false}
        dataSource={questions}
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 70 },
          { title: t('import.column'), dataIndex: 'column', width: 170 },
          {
            title: t('plans.import.phrase'),
            dataIndex: 'phrase',
            render: (phrase: string) => <Typography.Text strong>{phrase}</Typography.Text>,
          },
          {
            title: t('plans.import.answer'),
            key: 'answer',
            width: 400,
            render: (_, q, index) => (
              <Select<Choice>
                style={{ width: '100%' }}
                value={chosen[questionKey(q)]}
                onChange={(value) => onChoose(q, value)}
                options={questionChoices(q, units, labels)}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('plans.import.selectUnit')}
                aria-label={t('plans.import.answerFor', { phrase: q.phrase, row: q.row })}
                disabled={disabled}
                status={chosen[questionKey(q)] === undefined ? 'warning' : undefined}
                data-testid={`question-select-${index}`}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
