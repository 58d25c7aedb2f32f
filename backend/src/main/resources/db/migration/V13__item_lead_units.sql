-- An item may have several lead units (issue 15): joint leads ("Phòng Văn hóa và Thông tin; Văn phòng
-- HĐND-UBND huyện") and collectives ("UBND các xã", each commune leading its own share). The units,
-- in order (the first is the principal lead), replace the single column; the cell as published is
-- kept for the export.
create table improvement_item_lead (
  item_id   bigint not null references improvement_item (id) on delete cascade,
  position  integer not null,
  unit_id   bigint not null references org_unit (id),
  primary key (item_id, position)
);
create index improvement_item_lead_unit on improvement_item_lead (unit_id);

insert into improvement_item_lead (item_id, position, unit_id)
  select id, 0, lead_unit_id from improvement_item where lead_unit_id is not null;

alter table improvement_item drop column lead_unit_id;
alter table improvement_item add column lead_text varchar(2000);

-- One task occurrence per lead unit. Supporting units contribute once per occurrence, on the
-- principal lead's task; the others' tasks have no contribution step. Existing tasks had one lead.
alter table improvement_task add column principal boolean default true not null;
