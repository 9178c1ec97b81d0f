-- the earliest loaded submission with these bytes (the ledger of received files): the same bytes
-- again are a duplicate. A file rejected before is not an "earlier copy": sent again, it is read
-- again (a rejection caused by a defect of ours, fixed since, then loads).
select submission_key, file_name, received_at
from dim_submission
where sha256 = ?
  and status in ('loaded', 'superseded')
order by submission_key
limit 1
