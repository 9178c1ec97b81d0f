-- the earliest received submission with these bytes (the ledger of received files)
select submission_key, file_name, received_at
from dim_submission
where sha256 = ?
  and status <> 'duplicate'
order by submission_key
limit 1
