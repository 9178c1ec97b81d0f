-- dim_commodity has UNCLASSIFIED, the commodity of lines that could not be classified.
-- Returns a row when it is missing.
select 'commodity UNCLASSIFIED missing' as problem
where not exists (select 1 from main.dim_commodity where commodity_code = 'UNCLASSIFIED');
