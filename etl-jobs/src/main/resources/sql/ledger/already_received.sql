-- true when this very file (same name, same bytes) is already in the ledger: nothing to do
select count(*) > 0
from dim_submission
where file_name = ? and sha256 = ?
