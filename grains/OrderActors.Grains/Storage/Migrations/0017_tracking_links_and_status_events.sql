-- Customer tracking links: the token itself is never stored, only its SHA-256, so a copy of this
-- table does not open anyone's tracking page. The nonce (random, 128 bits) and the silo's link key
-- re-derive the same token when a create is retried with the same request id.
create table if not exists tracking_links (
    link_id     text        primary key,
    order_id    text        not null,
    request_id  text        not null,
    token_hash  bytea       not null unique,
    nonce       bytea       not null,
    key_id      text        not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz null,
    unique (order_id, request_id)
);

-- Every order status change once, as the tracking grains saw it (or repaired it from the order),
-- for stage analytics. Idempotent on (order_id, version): a repeated or repaired event is a no-op.
create table if not exists order_status_events (
    order_id       text        not null,
    version        integer     not null,
    status         text        not null,
    at             timestamptz not null,
    channel        text        not null,
    warehouse      text        null,
    carrier        text        null,
    delay_reasons  text[]      not null default '{}',
    primary key (order_id, version)
);
create index if not exists order_status_events_at_idx on order_status_events (at);
