-- a file rejected part-way through keeps none of its lines
delete from fact_seizure_line where submission_key = ?
