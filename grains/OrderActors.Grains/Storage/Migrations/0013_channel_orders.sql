-- Every marketplace order a shop's connector (or webhook, or CSV import) handed to the system, with
-- what came of it. Weekly reconciliation counts it per shop and platform day against the platform.
create table if not exists channel_orders (
    channel              text        not null,
    shop                 text        not null,
    platform_order_id    text        not null,
    platform_created_at  timestamptz null,
    platform_modified_at timestamptz not null,
    -- recorded: the order exists in the system; rejected: refused (detail says why); ignored: not paid yet when seen.
    outcome              text        not null check (outcome in ('recorded', 'rejected', 'ignored')),
    detail               text        null,
    first_seen_at        timestamptz not null,
    last_seen_at         timestamptz not null,
    primary key (channel, shop, platform_order_id)
);
create index if not exists channel_orders_created_idx on channel_orders (channel, shop, platform_created_at);

-- Weekly reconciliation: per shop and platform day (China time), the platform's count against what
-- the system received, what was missing and what the re-pull repaired.
create table if not exists channel_reconciliations (
    id              bigserial   primary key,
    channel         text        not null,
    shop            text        not null,
    day             date        not null,
    run_at          timestamptz not null,
    platform_count  integer     not null,
    received_count  integer     not null,
    missing         integer     not null,
    repaired        integer     not null,
    report          jsonb       not null
);
create index if not exists channel_reconciliations_shop_idx on channel_reconciliations (channel, shop, run_at desc, day);
