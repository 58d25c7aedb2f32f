-- Paged, server-filtered work lists (issue 19). A work item carries what the inbox filters on, written by the
-- projection in the engine's transaction from the subject's feature: the plan (id and name), the criterion code
-- and its field, whether the step is lead work sent back (RETURNED), and the text searched (title and code,
-- lower case without diacritics). Rows written before this migration are filled once at start-up
-- (InboxBackfill), so no feature's table is read here.
alter table work_item add column plan_id bigint;
alter table work_item add column context varchar(500);
alter table work_item add column criterion_code varchar(40);
alter table work_item add column field_code varchar(20);
alter table work_item add column returned boolean default false not null;
alter table work_item add column search_text varchar(1200);
-- The keyset: nearest due first, items without a due date last, the id to break ties.
alter table work_item add column due_key date default date '9999-12-31' not null;
update work_item set due_key = due_on where due_on is not null;

drop index work_item_unit;
drop index work_item_group;
create index work_item_unit on work_item (unit_id, status, due_key, id);
create index work_item_group on work_item (candidate_group, status, due_key, id);
create index work_item_open on work_item (status, due_key, id);
