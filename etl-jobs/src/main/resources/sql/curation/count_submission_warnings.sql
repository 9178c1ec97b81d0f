-- A submission's count of warnings moves with the warnings reclassify adds or withdraws.
update dim_submission
set warnings = warnings + ?
where submission_key = ?
