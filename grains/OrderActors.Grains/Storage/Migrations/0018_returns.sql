-- Stock cells journal returned units: 7 passed QC (back on hand), 8 failed QC (damaged count).
-- order_id holds the return line ({returnId}#{sku}) for these ops.
alter table stock_cell_journal drop constraint if exists stock_cell_journal_op_check;
alter table stock_cell_journal add constraint stock_cell_journal_op_check check (op between 1 and 8);

-- Returns (reverse logistics) for queues and reports: one row per return, upserted by the return grain
-- after its own state is durable. The return grain is the authority; this is what operators list.
create table if not exists returns (
    return_id           text        primary key,
    order_id            text        not null,
    status              text        not null check (status in ('requested', 'received', 'qcpassed', 'qcpartlypassed', 'qcfailed', 'cancelled')),
    source              text        not null check (source in ('marketplace', 'operator')),
    platform_return_id  text        null,
    warehouse           text        null,
    reason              text        not null,
    reason_text         text        null,
    refund_status       text        not null check (refund_status in ('none', 'pending', 'refunded', 'rejected')),
    refund_fen          bigint      not null,
    units               integer     not null,
    passed_units        integer     not null,
    failed_units        integer     not null,
    requested_at        timestamptz not null,
    received_at         timestamptz null,
    inspected_at        timestamptz null,
    cancelled_at        timestamptz null,
    updated_at          timestamptz not null
);
create index if not exists returns_status_idx on returns (status, requested_at);
create index if not exists returns_order_idx on returns (order_id);
create index if not exists returns_warehouse_idx on returns (warehouse, status, requested_at);
