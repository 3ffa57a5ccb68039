-- WMS events (docs/wms.md). Every signed, well-formed event that reached its order, once per
-- (warehouse, event id), with what came of it. A repeat is answered from here and applies nothing; the
-- same id with another body (body_sha256 differs) is refused.
create table if not exists wms_events (
    warehouse     text        not null,
    event_id      text        not null,
    order_id      text        not null,
    kind          text        not null check (kind in ('picked', 'packed', 'outbound_scan')),
    occurred_at   timestamptz not null,
    operator      text        not null,
    device        text        null,
    delay_reason  text        null,
    body_sha256   text        not null,
    -- applied: the order changed; unchanged: it had this step already; review: the order refused it (wms_event_reviews).
    -- A review retried successfully later becomes applied.
    outcome       text        not null check (outcome in ('applied', 'unchanged', 'review')),
    received_at   timestamptz not null,
    decided_at    timestamptz not null,
    primary key (warehouse, event_id)
);
create index if not exists wms_events_order_idx on wms_events (order_id);

-- Events an order refused (a scan for a cancelled order, a step before allocation), kept for a person:
-- closed by hand (resolved) or by a retry the order took (applied).
create table if not exists wms_event_reviews (
    id              bigserial   primary key,
    warehouse       text        not null,
    event_id        text        not null,
    rejection       text        not null,
    detail          text        not null,
    opened_at       timestamptz not null,
    attempts        integer     not null default 0,
    last_attempt_at timestamptz null,
    closed_at       timestamptz null,
    closed_by       text        null,
    resolution      text        null check (resolution in ('resolved', 'applied')),
    note            text        null,
    unique (warehouse, event_id),
    foreign key (warehouse, event_id) references wms_events (warehouse, event_id)
);
create index if not exists wms_event_reviews_open_idx on wms_event_reviews (opened_at) where closed_at is null;
