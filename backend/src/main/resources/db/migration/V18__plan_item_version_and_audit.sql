-- Optimistic locking of plan items (two coordinators editing one item: the later write based on an
-- older read is refused with 409 and the current values) and their audit trail, written by Hibernate
-- Envers under the revisions of V11 (who, when, from where).
alter table improvement_item add column version bigint default 0 not null;

create table improvement_item_aud (
  id               bigint not null,
  rev              bigint not null references audit_revision (id),
  revtype          smallint,
  plan_id          bigint,
  position         integer,
  source_row       integer,
  code             varchar(40),
  title            varchar(2000),
  max_points       numeric(9, 3),
  achieved_points  numeric(9, 3),
  target_points    numeric(9, 3),
  tasks            varchar(10000),
  lead_text        varchar(2000),
  unit_note        varchar(2000),
  expected_output  varchar(4000),
  requirement      varchar(4000),
  deadline_text    varchar(1000),
  deadline_due     date,
  primary key (id, rev)
);
create index improvement_item_aud_rev on improvement_item_aud (rev);
