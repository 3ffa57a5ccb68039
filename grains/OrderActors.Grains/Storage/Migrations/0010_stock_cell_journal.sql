-- The append-only journal each stock cell ({sku}@{warehouse}) is rebuilt from on activation.
-- A cell writes its reservations in batches (group commit); (cell, seq) is the cell's own sequence,
-- so a second activation of the same cell fails its write instead of forking the ledger.
create table if not exists stock_cell_journal (
    cell          text        not null,
    seq           bigint      not null,
    op            smallint    not null check (op between 1 and 4), -- 1 set stock, 2 reserve, 3 release, 4 deduct
    order_id      text        null,
    quantity      integer     not null,
    safety_stock  integer     not null default 0,
    recorded_at   timestamptz not null,
    primary key (cell, seq)
);

-- "Which cells hold stock for this order" (reconciler, operators).
create index if not exists stock_cell_journal_order_idx on stock_cell_journal (order_id) where order_id is not null;
