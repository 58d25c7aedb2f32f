-- The unit-assessment process instance of an assessed unit, kept when the process starts, so that
-- the sheet's actions find it by id instead of querying the engine by variable on every step.
-- Units whose process started before this column stay null and are filled on their next step.
alter table assessment_unit add column process_instance_id varchar(64);
