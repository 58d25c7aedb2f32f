-- The assessment campaign whose results a plan was drawn up from (null for imported and manual
-- plans): the dashboards filter by it.
alter table improvement_plan add column campaign_id bigint;
alter table improvement_plan add constraint improvement_plan_campaign_fk
  foreign key (campaign_id) references assessment_campaign (id);
create index improvement_plan_campaign on improvement_plan (campaign_id);
