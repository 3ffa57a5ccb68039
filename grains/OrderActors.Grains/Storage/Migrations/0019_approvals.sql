-- The approvals queue: one row per order whose shipment an approval rule held back, written by the
-- order grain after its own state is durable. The order grain is the authority; this is what
-- approvers list and filter.
create table if not exists approvals (
    order_id      text        primary key,
    rule          text        not null,
    status        text        not null check (status in ('pending', 'approved', 'rejected')),
    requested_at  timestamptz not null,
    warehouse     text        null,
    carrier       text        null,
    waybill       text        null,
    value_fen     bigint      not null,
    decided_by    text        null,
    decided_at    timestamptz null,
    comment       text        null
);
create index if not exists approvals_status_idx on approvals (status, requested_at);

-- Every decision, append-only: the audit trail of who approved or rejected which shipment, when and why.
create table if not exists approval_decisions (
    id        bigserial   primary key,
    order_id  text        not null,
    decision  text        not null check (decision in ('approved', 'rejected')),
    approver  text        not null,
    at        timestamptz not null,
    comment   text        null,
    unique (order_id, at, approver)
);
