-- The tracking grain keeps no state any more (docs/tracking.md): its steps are the order's history and its
-- carrier events the parcel's, loaded on activation. Its rows (state name "tracking", which the grain-state
-- provider stores as grain_type, keyed by order id) are read by nothing; no other grain uses that state name.
-- A silo of the previous version still running during a rolling upgrade: its next write of such a row fails
-- once (a version conflict), and the timeline converges from the order as after any lost event.
delete from orleans_grain_state where grain_type = 'tracking';
