-- fact_seizure_line as Parquet, Hive-partitioned by the year and month of the seizure date.
-- Every line is exported, superseded versions included: join dim_submission (status = 'loaded')
-- for the current lines, or read the v_seizure_lines export.
copy (
    select
        fact.*,
        dates.year,
        dates.month
    from fact_seizure_line as fact
    inner join dim_date as dates on dates.date_key = fact.seizure_date_key
    order by dates.year, dates.month, fact.line_key
) to {target} (format parquet, compression zstd, partition_by (year, month))
