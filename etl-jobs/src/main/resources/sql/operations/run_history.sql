-- Past runs of ingestReturnsJob, newest first: one row per execution (a restart is a new execution
-- of the same instance). Files and lines are the ledger rows received while the execution ran
-- (dim_submission.received_at between its start and its end, or the next execution's start when it
-- never ended because its process was killed).
with executions as (
    select e.job_execution_id,
           e.job_instance_id,
           e.start_time,
           e.end_time,
           e.status,
           e.exit_code,
           lead(e.start_time) over (order by e.job_execution_id) as next_start
    from BATCH_JOB_EXECUTION e
    join BATCH_JOB_INSTANCE i on i.job_instance_id = e.job_instance_id
    where i.job_name = 'ingestReturnsJob'
)
select x.job_execution_id                                   as execution,
       x.job_instance_id                                    as instance,
       strftime(x.start_time, '%Y-%m-%d %H:%M:%S')          as started,
       coalesce(strftime(x.end_time, '%Y-%m-%d %H:%M:%S'), '') as ended,
       x.status                                             as status,
       coalesce(s.read_count, 0)                            as files_examined,
       count(d.submission_key)                              as files_received,
       count(d.submission_key) filter (where d.status = 'rejected') as files_rejected,
       coalesce(sum(d.rows_loaded), 0)                      as lines_loaded,
       coalesce(sum(d.rows_rejected), 0)                    as lines_rejected
from executions x
left join BATCH_STEP_EXECUTION s
       on s.job_execution_id = x.job_execution_id and s.step_name = 'loadReturnsStep'
left join dim_submission d
       on d.received_at >= x.start_time
      and d.received_at <= coalesce(x.end_time, x.next_start, now()::timestamp)
group by all
order by x.job_execution_id desc
limit ?
