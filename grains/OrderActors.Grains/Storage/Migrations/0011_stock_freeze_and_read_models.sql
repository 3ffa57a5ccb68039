-- Stock cells journal operator freezes (5) and unfreezes (6); who and why go to inventory_events.
alter table stock_cell_journal drop constraint if exists stock_cell_journal_op_check;
alter table stock_cell_journal add constraint stock_cell_journal_op_check check (op between 1 and 6);

-- Every routing decision with its inputs, candidates and choice ("why did this order go there").
-- Written in batches by the silos; a read model, never the authority for stock.
create table if not exists routing_decisions (
    id                   bigserial   primary key,
    order_id             text        not null,
    decided_at           timestamptz not null,
    rule_version         integer     not null,
    outcome              text        not null,
    network_wide         boolean     not null,
    destination_province text        not null,
    destination_city     text        null,
    decision             jsonb       not null
);
create index if not exists routing_decisions_order_idx on routing_decisions (order_id, id);
create index if not exists routing_decisions_recent_idx on routing_decisions (decided_at desc);

-- What operators see happen to stock cells: freezes and unfreezes, by hand or at safety stock.
create table if not exists inventory_events (
    id            bigserial   primary key,
    cell          text        not null,
    sku           text        not null,
    warehouse     text        not null,
    kind          text        not null,
    reason        text        not null,
    at            timestamptz not null,
    on_hand       integer     not null,
    reserved      integer     not null,
    safety_stock  integer     not null
);
create index if not exists inventory_events_sku_idx on inventory_events (sku, at desc);

-- Reports of the reservation reconciler: what it checked and what it released.
create table if not exists reconciliation_runs (
    id            bigserial   primary key,
    started_at    timestamptz not null,
    finished_at   timestamptz not null,
    cells         integer     not null,
    reservations  integer     not null,
    released      integer     not null,
    report        jsonb       not null
);
