-- OrderActors: Orleans ADO.NET query catalog (PostgreSQL 15).
--
-- Each Orleans ADO.NET provider (clustering, grain persistence, reminders) loads its
-- SQL statements from this table when it starts, with the fixed statement
--     SELECT QueryKey, QueryText FROM OrleansQuery
-- so the table name and the two column names are fixed by the providers. Unquoted,
-- PostgreSQL folds them to lower case; Npgsql matches result columns by name without
-- regard to case, so the lower-case names below satisfy the providers.
--
-- The later migrations (0002..0004) upsert their query texts into this table.
-- Safe to run repeatedly.

CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64) NOT NULL,
    querytext text        NOT NULL,
    CONSTRAINT orleansquery_pk PRIMARY KEY (querykey)
);

COMMENT ON TABLE orleansquery IS
    'Orleans ADO.NET providers read their SQL from here (key -> statement text). Managed by OrderActors migrations 0002-0004.';
