-- current_submission: the submissions whose data counts now: the current version of each return, nil
-- returns included; superseded, duplicate and rejected files are left out. The rule lives in
-- core.submission_as_of (R__2_core_0a_submission_as_of.sql); this is it at "now".
-- grain: one current submission. key: submission_key.
create or replace view core.current_submission as

with current_now as (
    select * from core.submission_as_of(null::timestamp)
)

select * from current_now;
