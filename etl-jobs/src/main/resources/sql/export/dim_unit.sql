-- dim_unit as one Parquet file.
copy (select * from dim_unit) to {target} (format parquet, compression zstd)
