-- current_seizure_line: the lines of current submissions, with their dimensions' codes and attributes:
-- core.seizure_line_as_of at "now".
-- grain: one commodity line of one case of a current submission. key: line_key.
create or replace view core.current_seizure_line as

with lines_now as (
    select * from core.seizure_line_as_of(null::timestamp)
)

select * from lines_now;
