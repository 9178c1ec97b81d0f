-- the day a file was received
select cast(received_at as date) as received_on
from dim_submission
where file_name = ?
