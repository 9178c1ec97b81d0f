-- the first free line key when the load step starts; then handed out in memory (SurrogateKeys)
select coalesce(max(line_key), 0) + 1 from fact_seizure_line
