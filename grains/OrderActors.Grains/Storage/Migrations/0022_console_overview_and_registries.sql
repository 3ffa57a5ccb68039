-- Operator console (issue 7): what the overview, channel health and inventory pages list.

-- The overview's backlog ("how many orders are in Paid now, and since when is the oldest there") reads
-- order_search (0021: one row per order at its newest version, updated_at = when it reached that status)
-- through this partial index, so its cost is the orders in flight, not every order ever made.
create index if not exists order_search_open_idx on order_search (status, updated_at)
    where status in ('Created', 'Paid', 'Allocated', 'Outbound', 'Shipped');

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

-- SKUs defined before this table existed: their grain state rows (state "sku"). The name stays null here (it is
-- in the serialized state); GET /api/skus asks the SKU grain for it, and the next definition writes it.
insert into catalog_skus (sku, name, defined_at)
select grain_id_extension, null, modified_at
from orleans_grain_state
where grain_type = 'sku' and payload is not null and grain_id_extension is not null
on conflict do nothing;
