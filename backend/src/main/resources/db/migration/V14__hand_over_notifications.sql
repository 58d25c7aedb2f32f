-- Hand-over notifications (issue 17): a report, a contribution, a review, an explanation request or reply,
-- an approval, a publication or an assignment tells the next people by bell and mail, through the same outbox
-- as reminders. Several hand-overs of one subject may fall on one day (returned twice), so a row's key also
-- holds the hand-over's own key (empty for reminders, whose key is unchanged); a mail keeps its sentence.
alter table rem_outbox add column event_key varchar(120) default '' not null;
alter table rem_outbox add column message varchar(5000);
alter table rem_outbox drop constraint rem_outbox_key;
alter table rem_outbox add constraint rem_outbox_key
  unique (user_id, subject_type, subject_id, kind, due_date, occurrence_date, event_key);

alter table rem_notification add column event_key varchar(120) default '' not null;
alter table rem_notification drop constraint rem_notification_key;
alter table rem_notification add constraint rem_notification_key
  unique (user_id, subject_type, subject_id, kind, due_date, occurrence_date, event_key);

-- Work items: the unit a step is about when a role group (not the unit) acts on it, e.g. the coordinator's
-- review of a unit's report or the council's appraisal of a unit's sheet (the model's inboxUnit property).
alter table work_item add column subject_unit_id bigint;
update work_item set subject_unit_id = unit_id where unit_id is not null;
update work_item set
  subject_unit_id = (select t.lead_unit_id from improvement_task t where t.id = work_item.subject_id),
  due_on = coalesce(due_on, (select t.due_on from improvement_task t where t.id = work_item.subject_id))
where subject_type = 'IMPROVEMENT_TASK' and task_key = 'Task_Review';

-- Work items by kind: the appraisal, the explanation and the approval are kinds of their own (the models say so)
update work_item set role = 'APPRAISE' where task_key = 'Task_Appraise';
update work_item set role = 'EXPLAIN' where task_key = 'Task_Explain';
update work_item set role = 'APPROVE' where task_key = 'Task_Approve';
