-- Where a work item opens (its subject's page), kept with the item when its step is created, as its
-- plan, criterion and context are (V19): a page of the inbox then reads only work_item, instead of
-- asking each subject's feature about its 50 items on every page (8.6 % of the server's time in the
-- load test). The items written before are filled here, by subject type.
alter table work_item add column link varchar(300);

update work_item set link = '/improvement-tasks/' || cast(subject_id as varchar(20))
where subject_type = 'IMPROVEMENT_TASK';

update work_item set link = '/campaigns/' || cast(subject_id as varchar(20))
where subject_type = 'ASSESSMENT_CAMPAIGN';

update work_item set link = (select '/campaigns/' || cast(a.campaign_id as varchar(20)) || '/units/'
    || cast(a.unit_id as varchar(20)) from assessment_unit a where a.id = work_item.subject_id)
where subject_type = 'UNIT_ASSESSMENT';
