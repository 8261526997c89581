-- Every judgement looks up the findings of one rule on one subject, whatever their status.
create index finding_by_rule_and_subject on finding (rule_id, subject_type, subject_id);
