-- Order grains keep their state here instead of Orleans' ADO.NET grain storage (orleans_grain_state), so that
-- the order grains of a silo read and write it in batches: one statement for all orders asked or saved while
-- the previous one was in flight (OrderStateStore; docs/decisions.md).
-- * order_id: the order grain's key; "C" collation as in 0012 (ASCII keys, bytewise comparisons cost less).
-- * version: 0 never stored (the grain's "no row yet"), then 1, 2, ...; a save applies only at the version the grain loaded.
-- * state: the whole OrderState, Orleans' serializer output, exactly the payload the ADO.NET storage kept.
-- * fillfactor 80: every save rewrites the row; room on the page lets PostgreSQL update it in place (HOT),
--   without a new primary key entry, since only unindexed columns change.
create table if not exists order_state (
    order_id   text collate "C" primary key,
    version    integer     not null check (version > 0),
    state      bytea       not null,
    updated_at timestamptz not null default now()
) with (fillfactor = 80);

-- Orders stored before this table existed: the ADO.NET storage's rows of state "order" (key in
-- grain_id_extension; payload = the serializer's bytes, no envelope). A NULL payload is a cleared state, i.e. none.
-- Moved, not copied: a row left behind would be a second, stale copy of the order. One service per database is
-- the deployment (silo option ServiceId); should two have shared it, the newest row of an order wins.
-- Run it with every silo of the old version stopped: an old silo would go on writing orders to orleans_grain_state.
insert into order_state (order_id, version, state, updated_at)
select distinct on (grain_id_extension) grain_id_extension, version, payload, modified_at
from orleans_grain_state
where grain_type = 'order' and payload is not null and grain_id_extension is not null
order by grain_id_extension, modified_at desc
on conflict (order_id) do nothing;

delete from orleans_grain_state where grain_type = 'order';
