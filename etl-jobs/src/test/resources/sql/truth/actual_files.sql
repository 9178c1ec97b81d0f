-- the last ledger row of each file name (a file received again keeps its first outcome)
select file_name, status, coalesce(message, '') as message, rows_loaded, rows_rejected
from dim_submission
qualify row_number() over (partition by file_name order by submission_key) = 1
