-- the naive baseline's target: every cell as text
create table naive_line (sheet varchar, row_number integer,
    c1 varchar, c2 varchar, c3 varchar, c4 varchar, c5 varchar, c6 varchar, c7 varchar, c8 varchar,
    c9 varchar, c10 varchar, c11 varchar, c12 varchar, c13 varchar, c14 varchar, c15 varchar, c16 varchar)
