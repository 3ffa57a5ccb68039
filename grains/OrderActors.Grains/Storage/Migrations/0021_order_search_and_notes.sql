-- Order search for customer service: one row per order, the newest version the status-event projection has
-- seen. Written in the same statement as order_status_events (no extra transaction per event); a late or
-- replayed older version never overwrites a newer one. Holds the last four digits of the buyer's phone only.
create table if not exists order_search (
    order_id           text        primary key,
    channel            text        not null,
    shop               text        not null,
    platform_order_id  text        not null,
    version            integer     not null,
    status             text        not null,
    warehouse          text        null,
    carrier            text        null,
    waybill_number     text        null,
    phone_tail         text        null,
    created_at         timestamptz not null,
    paid_at            timestamptz null,
    placed_at          timestamptz generated always as (coalesce(paid_at, created_at)) stored,
    updated_at         timestamptz not null
);
-- Newest first with keyset paging on (placed_at, order_id), alone or after one equality filter.
create index if not exists order_search_placed_idx on order_search (placed_at desc, order_id desc);
create index if not exists order_search_status_idx on order_search (status, placed_at desc, order_id desc);
create index if not exists order_search_shop_idx on order_search (channel, shop, placed_at desc, order_id desc);
create index if not exists order_search_phone_idx on order_search (phone_tail, placed_at desc, order_id desc) where phone_tail is not null;
create index if not exists order_search_platform_idx on order_search (platform_order_id);
create index if not exists order_search_waybill_idx on order_search (waybill_number) where waybill_number is not null;

-- Orders projected before this table existed: their newest known version from order_status_events, so they
-- are found by id, status, channel, shop and date at once; phone tail and waybill arrive with their next change.
insert into order_search (order_id, channel, shop, platform_order_id, version, status, warehouse, carrier, created_at, paid_at, updated_at)
select distinct on (e.order_id)
       e.order_id, e.channel, split_part(e.order_id, ':', 2), split_part(e.order_id, ':', 3),
       e.version, e.status, e.warehouse, e.carrier,
       min(e.at) over (partition by e.order_id),
       min(e.at) filter (where e.status = 'Paid') over (partition by e.order_id),
       e.at
from order_status_events e
order by e.order_id, e.version desc
on conflict (order_id) do nothing;

-- Notes customer service writes on an order. A retried request (same order and request id) finds its note.
create table if not exists order_notes (
    id          bigint      generated always as identity primary key,
    order_id    text        not null,
    request_id  text        not null,
    text        text        not null,
    author      text        null,
    created_at  timestamptz not null,
    unique (order_id, request_id)
);
create index if not exists order_notes_order_idx on order_notes (order_id, id);
