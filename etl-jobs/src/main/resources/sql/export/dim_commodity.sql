-- dim_commodity as one Parquet file.
copy (select * from dim_commodity) to {target} (format parquet, compression zstd)
