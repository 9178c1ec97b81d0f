-- Each submission's count of warnings follows the conflict warnings added and withdrawn.
update dim_submission as s
set warnings = s.warnings + d.delta
from (select submission_key, sum((conflict is not null)::integer - had::integer) as delta
      from conflict_moves
      group by submission_key) as d
where s.submission_key = d.submission_key and d.delta <> 0
