-- How many lines gained a COMMODITY_HS_CONFLICT warning, and how many lost theirs.
select count(*) filter (where conflict is not null and not had) as added,
       count(*) filter (where conflict is null and had) as withdrawn
from conflict_moves
