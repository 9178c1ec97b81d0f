-- v_seizure_lines has exactly the lines of 'loaded' submissions. Returns a row when the counts differ.
with expected as (
    select count(*) as lines
    from main.fact_seizure_line as lines
    inner join main.dim_submission as submissions on submissions.submission_key = lines.submission_key
    where submissions.status = 'loaded'
),

actual as (
    select count(*) as lines from main.v_seizure_lines
)

select expected.lines as expected_lines, actual.lines as actual_lines
from expected, actual
where expected.lines <> actual.lines;
