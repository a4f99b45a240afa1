-- Up Migration
-- A 512-dimension vector is 2 KB, so by default PostgreSQL moved every embedding out to the TOAST
-- table, and a search scoped to one user paid a TOAST index lookup and chunk fetch per candidate
-- row. Keeping rows up to a page in line (pgvector stores vectors uncompressed) lets that exact
-- scan read the heap only. Same 100k memories (bench:memory's data, 1,000 per user), warm server,
-- 200 queries: the vector half of a user's search, run once pc2 has embedded the query, p50 5.8 ->
-- 4.1 ms and p95 13-15 -> 5-6 ms; the full-text half +0.4 ms and an all-users search +0.8 ms p50,
-- as the heap grows from 44 MB to 260 MB. Rows written earlier keep their out-of-line vectors
-- until `VACUUM FULL memories` rewrites them.
ALTER TABLE memories SET (toast_tuple_target = 8160);

-- Down Migration
ALTER TABLE memories RESET (toast_tuple_target);
