-- Points with three decimals, as official tables publish them ("13,567", "0,542"; survey-derived
-- items always have them). Points never exceed 1,000: numeric(9, 3) keeps six integer digits.
alter table criteria_node alter column max_points set data type numeric(9, 3);
alter table improvement_plan alter column baseline_max set data type numeric(9, 3);
alter table improvement_plan alter column baseline_achieved set data type numeric(9, 3);
alter table improvement_baseline_field alter column max_points set data type numeric(9, 3);
alter table improvement_baseline_field alter column achieved_points set data type numeric(9, 3);
alter table improvement_item alter column max_points set data type numeric(9, 3);
alter table improvement_item alter column achieved_points set data type numeric(9, 3);
alter table improvement_item alter column target_points set data type numeric(9, 3);
alter table assessment_answer alter column self_points set data type numeric(9, 3);
alter table assessment_answer alter column appraised_points set data type numeric(9, 3);
alter table assessment_answer_aud alter column self_points set data type numeric(9, 3);
alter table assessment_answer_aud alter column appraised_points set data type numeric(9, 3);
