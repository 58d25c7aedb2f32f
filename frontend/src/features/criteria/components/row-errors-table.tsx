// the table moved to the shared import components (the improvement-plan import shows it too)
export { RowErrorsTable } from '@/components/import/row-errors-table';
