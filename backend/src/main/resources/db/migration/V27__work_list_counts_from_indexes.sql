-- The first page of a work list counts its items per status (issue 19). The status is read from `returned` and
-- `due_key`, so with `returned` (and, for the every-unit list, `unit_id`) in the keyset indexes the counts and the
-- page are index-only scans: no visit to the wide rows, however many items the scope holds.
drop index work_item_unit;
drop index work_item_group;
drop index work_item_open;
create index work_item_unit on work_item (unit_id, status, due_key, id, returned);
create index work_item_group on work_item (candidate_group, status, due_key, id, returned);
create index work_item_open on work_item (status, due_key, id, returned, unit_id);
