-- dim_country as one Parquet file.
copy (select * from dim_country) to {target} (format parquet, compression zstd)
