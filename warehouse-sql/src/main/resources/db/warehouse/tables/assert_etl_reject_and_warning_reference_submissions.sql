-- Rejections and warnings that name a submission name one that exists. Returns the offending rows.
select 'etl_reject' as table_name, reject_key as row_key, submission_key
from main.etl_reject
where submission_key is not null
  and submission_key not in (select submission_key from main.dim_submission)
union all
select 'etl_warning', warning_key, submission_key
from main.etl_warning
where submission_key is not null
  and submission_key not in (select submission_key from main.dim_submission);
