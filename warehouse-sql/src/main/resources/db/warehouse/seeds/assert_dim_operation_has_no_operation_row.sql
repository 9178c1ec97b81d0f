-- dim_operation has the "No operation" row: key 0, no code. Returns a row when it is missing or wrong.
select 'operation_key 0 missing or not "No operation"' as problem
where not exists (
    select 1
    from main.dim_operation
    where operation_key = 0
      and operation_code is null
      and name = 'No operation'
);
