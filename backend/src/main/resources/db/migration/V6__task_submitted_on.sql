-- The day (Vietnam time) a task's report was submitted, so "done on time" is a plain date
-- comparison in dashboard aggregates on any database.
alter table improvement_task add column submitted_on date;
