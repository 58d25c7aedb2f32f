-- Optimistic locking of units and users (two administrators editing one unit or one account: the
-- later write based on an older read is refused with 409 and the current values) and their audit
-- trail, written by Hibernate Envers under the revisions of V11 (who, when, from where). The
-- aliases of a unit and the roles of a user are kept per revision too; a password hash never is.
alter table org_unit add column version bigint default 0 not null;
alter table app_user add column version bigint default 0 not null;

create table org_unit_aud (
  id          bigint not null,
  rev         bigint not null references audit_revision (id),
  revtype     smallint,
  name        varchar(255),
  short_name  varchar(100),
  level       varchar(40),
  parent_id   bigint,
  created_at  timestamp with time zone,
  updated_at  timestamp with time zone,
  primary key (id, rev)
);
create index org_unit_aud_rev on org_unit_aud (rev);

create table org_unit_alias_aud (
  rev      bigint not null references audit_revision (id),
  revtype  smallint,
  unit_id  bigint not null,
  alias    varchar(255) not null,
  primary key (rev, unit_id, alias)
);

create table app_user_aud (
  id            bigint not null,
  rev           bigint not null references audit_revision (id),
  revtype       smallint,
  username      varchar(100),
  display_name  varchar(255),
  email         varchar(255),
  enabled       boolean,
  unit_id       bigint,
  created_at    timestamp with time zone,
  updated_at    timestamp with time zone,
  primary key (id, rev)
);
create index app_user_aud_rev on app_user_aud (rev);

create table app_user_role_aud (
  rev      bigint not null references audit_revision (id),
  revtype  smallint,
  user_id  bigint not null,
  role     varchar(40) not null,
  primary key (rev, user_id, role)
);

-- The nodes of a draft criteria set: the same locking and trail (the rate bands are shown from the
-- current row, not kept per revision).
alter table criteria_node add column version bigint default 0 not null;

create table criteria_node_aud (
  id                      bigint not null,
  rev                     bigint not null references audit_revision (id),
  revtype                 smallint,
  set_id                  bigint,
  parent_id               bigint,
  code                    varchar(40),
  title                   varchar(2000),
  max_points              numeric(9, 3),
  guidance                varchar(10000),
  evidence                varchar(10000),
  answer_type             varchar(20),
  not_applicable_allowed  boolean,
  numerator_label         varchar(500),
  denominator_label       varchar(500),
  points_per_event        numeric(9, 3),
  primary key (id, rev)
);
create index criteria_node_aud_rev on criteria_node_aud (rev);

-- Reminder policies (the global one and a campaign's or plan's own): the same locking and trail.
alter table rem_policy add column version bigint default 0 not null;

create table rem_policy_aud (
  policy_key           varchar(100) not null,
  rev                  bigint not null references audit_revision (id),
  revtype              smallint,
  before_days          varchar(100),
  on_due_day           boolean,
  overdue_every_days   integer,
  escalate_after_days  integer,
  working_days         boolean,
  shift_due_date       boolean,
  updated_at           timestamp with time zone,
  primary key (policy_key, rev)
);
create index rem_policy_aud_rev on rem_policy_aud (rev);
