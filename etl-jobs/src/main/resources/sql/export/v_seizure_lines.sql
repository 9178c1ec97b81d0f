-- v_seizure_lines (the public current lines) as Parquet, Hive-partitioned by the year and month of
-- the seizure date, for readers who want the current versions without re-implementing them.
copy (
    select
        lines.*,
        year(lines.seizure_date)  as year,
        month(lines.seizure_date) as month
    from v_seizure_lines as lines
    order by year, month, lines.source_file, lines.source_sheet, lines.source_row
) to {target} (format parquet, compression zstd, partition_by (year, month))
