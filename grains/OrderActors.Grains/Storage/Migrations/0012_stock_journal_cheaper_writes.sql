-- The stock journal is the hottest write path (one row per reservation). Measured on the hot-cell
-- benchmark (docs/benchmarks.md): index upkeep was ~45% of PostgreSQL's CPU per batch.
-- * No query reads the journal by order id (an order keeps its own reservations), so that index goes.
-- * Keys compare bytewise ("C" collation): codes are ASCII, and C.UTF-8 comparisons cost more.
drop index if exists stock_cell_journal_order_idx;
alter table stock_cell_journal alter column cell type text collate "C";
alter table stock_cell_journal alter column order_id type text collate "C";
