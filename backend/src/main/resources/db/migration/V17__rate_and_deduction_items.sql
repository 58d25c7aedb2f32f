-- Items scored from figures (issue #20): a rate item has numerator/denominator labels and bands
-- (a rate at or above a lower bound, in %, gives the band's points); a deduction item loses its
-- points per event from the max, never below 0. The answers keep the figures the unit entered and
-- the figures the council set, so the appraisal can see (and change) what the points came from.
alter table criteria_node add column numerator_label varchar(500);
alter table criteria_node add column denominator_label varchar(500);
alter table criteria_node add column points_per_event numeric(9, 3);

create table criteria_node_band (
  node_id        bigint not null references criteria_node (id) on delete cascade,
  position       integer not null,
  lower_percent  numeric(7, 3) not null,
  inclusive      boolean not null,
  points         numeric(9, 3) not null,
  primary key (node_id, position)
);

alter table assessment_answer add column numerator numeric(18, 3);
alter table assessment_answer add column denominator numeric(18, 3);
alter table assessment_answer add column events integer;
alter table assessment_answer add column appraised_numerator numeric(18, 3);
alter table assessment_answer add column appraised_denominator numeric(18, 3);
alter table assessment_answer add column appraised_events integer;

alter table assessment_answer_aud add column numerator numeric(18, 3);
alter table assessment_answer_aud add column denominator numeric(18, 3);
alter table assessment_answer_aud add column events integer;
alter table assessment_answer_aud add column appraised_numerator numeric(18, 3);
alter table assessment_answer_aud add column appraised_denominator numeric(18, 3);
alter table assessment_answer_aud add column appraised_events integer;
