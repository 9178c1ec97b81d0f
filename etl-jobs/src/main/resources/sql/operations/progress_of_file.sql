-- What the ledger recorded for the file just written (in the chunk's own transaction): lines loaded and rejected.
select rows_loaded, rows_rejected
from dim_submission
where sha256 = ?
order by submission_key desc
limit 1
