-- Plan activation as a background job (issue 19). POST .../activate puts the plan in ACTIVATING and
-- writes this row: the tasks to start (total), the tasks started so far, and the cursor (the position
-- of the last item whose tasks are started). A worker on any node claims the row with a conditional
-- UPDATE (claim token and time; a claim older than par.activation.stale-claim-after is taken over)
-- and starts the tasks in chunks: each chunk's task rows, task processes and the cursor's advance
-- commit together, and only if the cursor is still where the chunk began, so no item's tasks are
-- started twice. The plan becomes ACTIVE in the last chunk's transaction.
create table improvement_activation (
  plan_id          bigint primary key references improvement_plan (id) on delete cascade,
  as_of            date not null,
  total            integer not null,
  started          integer default 0 not null,
  last_position    integer default -1 not null,
  status           varchar(20) not null,
  claim_token      varchar(64),
  claimed_by       varchar(200),
  claimed_at       timestamp with time zone,
  chunks           integer default 0 not null,
  last_error       varchar(1000),
  created_at       timestamp with time zone not null,
  finished_at      timestamp with time zone
);
create index improvement_activation_status on improvement_activation (status);
