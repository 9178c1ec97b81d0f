-- core.current_submission (the version rule of core.submission_as_of at "now") picks the same submissions
-- that resolve_versions.sql marks 'loaded'. Returns the submissions on which they disagree.
with ranked as (
    select submission_key from core.current_submission
),

marked as (
    select submission_key from main.dim_submission where status = 'loaded'
)

(select submission_key, 'current by rule, not marked loaded' as disagreement from ranked
 except
 select submission_key, 'current by rule, not marked loaded' from marked)
union all
(select submission_key, 'marked loaded, not current by rule' from marked
 except
 select submission_key, 'marked loaded, not current by rule' from ranked);
