-- The coordinator dashboard aggregates one year's tasks by lead unit: plans by year, and the task
-- columns the aggregate reads after the plan, so PostgreSQL can answer from the index alone.
create index improvement_plan_year on improvement_plan (plan_year);
create index improvement_task_dashboard on improvement_task (plan_id, lead_unit_id, status, due_on, submitted_on);
