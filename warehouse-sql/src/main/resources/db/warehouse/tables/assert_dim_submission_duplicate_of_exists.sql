-- A duplicate names the submission it duplicates, and that submission exists; only duplicates name one.
-- Returns the offending submissions.
select submission_key, status, duplicate_of
from main.dim_submission
where (status = 'duplicate' and (duplicate_of is null
                                 or duplicate_of not in (select submission_key from main.dim_submission)))
   or (status <> 'duplicate' and duplicate_of is not null);
