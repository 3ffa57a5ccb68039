-- OrderActors: schema and query texts for Microsoft.Orleans.Reminders.AdoNet 10.4.2
-- on PostgreSQL 15 (invariant "Npgsql"). Requires 0001_orleans_query_table.sql.
--
-- Notes on what the provider expects:
--  * Rows are read by column NAME: GrainId, ReminderName, StartTime, Period (ms, read
--    as int64), Version (int). Our snake_case columns are aliased accordingly.
--  * The ETag is the integer version: the upsert returns it (column "Version"), and the
--    delete only succeeds when the caller's @Version still matches.
--  * @GrainHash/@BeginHash/@EndHash are the unsigned uniform hashes cast to a signed
--    int32. The provider calls ReadRangeRows1Key when BeginHash < EndHash (as signed
--    ints) and ReadRangeRows2Key for a range that wraps around; the range excludes
--    BeginHash and includes EndHash.
--  * @Period arrives as int32, or int64 when the period exceeds int32 milliseconds.
--
-- Idempotent: CREATE ... IF NOT EXISTS and upserts.

CREATE TABLE IF NOT EXISTS orleans_reminder
(
    service_id    varchar(150) NOT NULL,
    grain_id      varchar(512) NOT NULL,
    reminder_name varchar(150) NOT NULL,
    start_time    timestamptz  NOT NULL,
    period_ms     bigint       NOT NULL,
    grain_hash    integer      NOT NULL,
    version       integer      NOT NULL,
    CONSTRAINT orleans_reminder_pk PRIMARY KEY (service_id, grain_id, reminder_name)
);

-- Range scans by silo ring ownership.
CREATE INDEX IF NOT EXISTS orleans_reminder_hash_ix
    ON orleans_reminder (service_id, grain_hash);

INSERT INTO orleansquery (querykey, querytext) VALUES

-- Insert or replace; always returns exactly one row with the new version.
('UpsertReminderRowKey', $q$
INSERT INTO orleans_reminder AS r
    (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT ON CONSTRAINT orleans_reminder_pk DO UPDATE
SET start_time = EXCLUDED.start_time,
    period_ms  = EXCLUDED.period_ms,
    grain_hash = EXCLUDED.grain_hash,
    version    = CASE WHEN r.version >= 2147483647 THEN 0 ELSE r.version + 1 END
RETURNING r.version AS version;
$q$),

('ReadReminderRowsKey', $q$
SELECT
    grain_id      AS grainid,
    reminder_name AS remindername,
    start_time    AS starttime,
    period_ms     AS period,
    version       AS version
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND grain_id = @GrainId;
$q$),

('ReadReminderRowKey', $q$
SELECT
    grain_id      AS grainid,
    reminder_name AS remindername,
    start_time    AS starttime,
    period_ms     AS period,
    version       AS version
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND grain_id = @GrainId
  AND reminder_name = @ReminderName;
$q$),

-- Non-wrapping range (BeginHash, EndHash].
('ReadRangeRows1Key', $q$
SELECT
    grain_id      AS grainid,
    reminder_name AS remindername,
    start_time    AS starttime,
    period_ms     AS period,
    version       AS version
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND grain_hash > @BeginHash
  AND grain_hash <= @EndHash;
$q$),

-- Wrapping range: everything above BeginHash plus everything up to EndHash.
('ReadRangeRows2Key', $q$
SELECT
    grain_id      AS grainid,
    reminder_name AS remindername,
    start_time    AS starttime,
    period_ms     AS period,
    version       AS version
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);
$q$),

-- One row, one column: true when the reminder existed with the given version.
('DeleteReminderRowKey', $q$
WITH removed AS (
    DELETE FROM orleans_reminder
    WHERE service_id = @ServiceId
      AND grain_id = @GrainId
      AND reminder_name = @ReminderName
      AND version = @Version
    RETURNING 1
)
SELECT count(*) > 0 AS removed FROM removed;
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleans_reminder WHERE service_id = @ServiceId;
$q$)

ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
