-- Operator console (issue 7): what the overview, channel health and inventory pages list.

-- The latest status of every order, kept by a statement trigger on the status-event projection, so the
-- overview's backlog ("how many orders are in Paid now, and since when is the oldest there") reads one
-- row per open order through a small partial index instead of ranking every event ever recorded.
-- Newer versions win, so repeated, late or out-of-order events cannot move an order back.
create table if not exists order_current_status (
    order_id  text        primary key,
    version   integer     not null,
    status    text        not null,
    since     timestamptz not null,
    channel   text        not null
);
create index if not exists order_current_status_open_idx on order_current_status (status, since)
    where status in ('Created', 'Paid', 'Allocated', 'Outbound', 'Shipped');

create or replace function order_current_status_follow() returns trigger language plpgsql as $$
begin
    -- One upsert per inserted batch, in order id order: concurrent batches lock rows in the same order.
    insert into order_current_status (order_id, version, status, since, channel)
    select distinct on (order_id) order_id, version, status, at, channel
    from new_events
    order by order_id, version desc
    on conflict (order_id) do update
        set version = excluded.version, status = excluded.status, since = excluded.since, channel = excluded.channel
        where order_current_status.version < excluded.version;
    return null;
end
$$;

drop trigger if exists order_current_status_follow on order_status_events;
create trigger order_current_status_follow after insert on order_status_events
    referencing new table as new_events for each statement execute function order_current_status_follow();

-- The orders recorded so far. Creating the trigger locked out writers to order_status_events until this
-- migration commits, so this reads every event and the trigger takes every later one.
insert into order_current_status (order_id, version, status, since, channel)
select distinct on (order_id) order_id, version, status, at, channel
from order_status_events
order by order_id, version desc
on conflict do nothing;

-- Every shop ever connected (any platform): the connectors register themselves when configured and on
-- activation, so the channel health page can list them. Tokens and health stay in the connector grains.
create table if not exists channel_shops (
    channel       text        not null,
    shop          text        not null,
    registered_at timestamptz not null,
    primary key (channel, shop)
);

-- Shops connected before this table existed: their connector state rows (state "connector", key "{channel}:{shop}").
insert into channel_shops (channel, shop, registered_at)
select split_part(grain_id_extension, ':', 1), substr(grain_id_extension, strpos(grain_id_extension, ':') + 1), modified_at
from orleans_grain_state
where grain_type = 'connector' and payload is not null and strpos(grain_id_extension, ':') > 1
on conflict do nothing;

-- The SKU catalogue as a list (each SKU's grain stays the authority for its definition): written by the
-- SKU grain on every definition, read by GET /api/skus.
create table if not exists catalog_skus (
    sku         text collate "C" primary key,
    name        text        null,
    defined_at  timestamptz not null
);

-- SKUs defined before this table existed: their grain state rows (state "sku"); the name is filled in from the grain.
insert into catalog_skus (sku, name, defined_at)
select grain_id_extension, null, modified_at
from orleans_grain_state
where grain_type = 'sku' and payload is not null and grain_id_extension is not null
on conflict do nothing;
