-- the latest month for which a current return exists, no later than the given month
select max(period)
from dim_submission
where status = 'loaded'
  and period <= ?
