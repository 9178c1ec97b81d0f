-- dim_date as one Parquet file.
copy (select * from dim_date) to {target} (format parquet, compression zstd)
