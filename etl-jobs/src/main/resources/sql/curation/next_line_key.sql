-- line keys are handed out by the single writer, inside its transaction
select coalesce(max(line_key), 0) + 1 from fact_seizure_line
