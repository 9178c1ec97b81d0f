-- yoy_pct(x, prev): the change from prev to x in percent, rounded to 1 decimal, as DOUBLE;
-- null when prev is 0 (no baseline) or null.
create or replace macro core.yoy_pct(x, prev) as
    case
        when prev is null or prev = 0 then null
        else round(100 * (x - prev)::double / prev, 1)
    end;
