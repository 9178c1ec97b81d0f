-- dim_submission as one Parquet file.
copy (select * from dim_submission) to {target} (format parquet, compression zstd)
