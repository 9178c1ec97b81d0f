-- what one run received: files by status and rows, since the run started
select
    count(*)                                              as files,
    count(*) filter (where status in ('loaded', 'superseded')) as files_loaded,
    count(*) filter (where status = 'rejected')           as files_rejected,
    count(*) filter (where status = 'duplicate')          as files_duplicate,
    count(*) filter (where is_nil_return)                 as nil_returns,
    coalesce(sum(rows_loaded), 0)                         as lines_loaded,
    coalesce(sum(rows_rejected), 0)                       as lines_rejected,
    coalesce(sum(rows_skipped), 0)                        as rows_skipped,
    coalesce(sum(warnings), 0)                            as warnings
from dim_submission
where received_at >= ?
