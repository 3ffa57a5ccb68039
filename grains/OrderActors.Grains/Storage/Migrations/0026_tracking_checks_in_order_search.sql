-- Tracking checks (issue 6): the periodic check of an order in flight (a lost last status event shows no gap)
-- was one Orleans reminder per order: a row written on the submit path and a timer in silo memory for every
-- order in flight. It is now a due time on the order's search row, set in the statement the status-event
-- projection already runs, and one sweep grain takes what is due (docs/tracking.md).
alter table order_search add column if not exists check_due_at timestamptz null;

-- Only orders in flight carry a due time, so the sweep's index holds the orders in flight, not every order.
create index if not exists order_search_check_due_idx on order_search (check_due_at) where check_due_at is not null;

-- Orders in flight when this runs had a reminder each: they are due now, and their reminders go.
update order_search set check_due_at = now()
where check_due_at is null and status in ('Created', 'Paid', 'Allocated', 'Outbound', 'Shipped');
delete from orleans_reminder where reminder_name = 'tracking-check';
