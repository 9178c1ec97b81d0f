-- A freshly copied warehouse opens and its ledger can be read before it is published.
select count(*) from dim_submission
