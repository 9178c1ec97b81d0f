-- dim_operation as one Parquet file.
copy (select * from dim_operation) to {target} (format parquet, compression zstd)
