-- The write-back of every shipped order to its marketplace (carrier and waybill through the platform's
-- ship call), its latest state: one row per order, rewritten by the order's write-back grain at every
-- change. Operators list the failed and pending ones; the grain's own state stays the authority.
create table if not exists channel_shipments (
    order_id         text        primary key,
    channel          text        not null,
    shop             text        not null,
    carrier          text        not null,
    waybill          text        not null,
    status           text        not null check (status in ('pending', 'acknowledged', 'failed', 'not-applicable')),
    attempts         integer     not null,
    last_error       text        null,
    shipped_at       timestamptz not null,
    requested_at     timestamptz not null,
    updated_at       timestamptz not null,
    acknowledged_at  timestamptz null,
    next_attempt_at  timestamptz null
);
create index if not exists channel_shipments_status_idx on channel_shipments (status, updated_at);
