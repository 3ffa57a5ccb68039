-- OrderActors: schema and query texts for Microsoft.Orleans.Clustering.AdoNet 10.4.2
-- on PostgreSQL 15 (invariant "Npgsql"). Requires 0001_orleans_query_table.sql.
--
-- How the provider uses this (summary; details in the contract notes):
--  * One row per cluster (ClusterId is sent as @DeploymentId) in orleans_cluster_version.
--    Its integer "version" is the membership table version (ETag). Every successful
--    member insert/update must check the caller's @Version against it and bump it by
--    one, atomically with the member change; on a mismatch nothing may change and the
--    query returns false.
--  * One row per silo incarnation (address, port, generation) in orleans_cluster_member.
--  * Rows are read back by column NAME (case-insensitive through Npgsql), so the
--    SELECTs alias our snake_case columns to the names the provider asks for.
--  * Status values are Orleans SiloStatus: 3 = Active, 6 = Dead.
--
-- Idempotent: CREATE ... IF NOT EXISTS, CREATE OR REPLACE FUNCTION and upserts.

CREATE TABLE IF NOT EXISTS orleans_cluster_version
(
    deployment_id varchar(150) NOT NULL,
    version       integer      NOT NULL DEFAULT 0,
    changed_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT orleans_cluster_version_pk PRIMARY KEY (deployment_id)
);

CREATE TABLE IF NOT EXISTS orleans_cluster_member
(
    deployment_id   varchar(150) NOT NULL,
    address         varchar(45)  NOT NULL,
    port            integer      NOT NULL,
    generation      integer      NOT NULL,
    silo_name       varchar(150) NOT NULL,
    host_name       varchar(150) NOT NULL,
    status          integer      NOT NULL,
    -- The provider reads this with Convert.ToInt32, so it must never be NULL.
    proxy_port      integer      NOT NULL DEFAULT 0,
    -- "silo,date|silo,date" as produced by the provider; NULL when nobody suspects the silo.
    suspect_times   text         NULL,
    start_time      timestamptz  NOT NULL,
    i_am_alive_time timestamptz  NOT NULL,
    CONSTRAINT orleans_cluster_member_pk PRIMARY KEY (deployment_id, address, port, generation),
    CONSTRAINT orleans_cluster_member_version_fk FOREIGN KEY (deployment_id)
        REFERENCES orleans_cluster_version (deployment_id)
);

-- Adds a silo row. Succeeds (true) only when the cluster's version row still holds
-- p_expected_version and no row exists yet for the silo; then the version is bumped.
-- The version row is locked first, so concurrent membership writers queue up behind it
-- and a failed attempt leaves both tables untouched.
CREATE OR REPLACE FUNCTION orleans_cluster_add_member(
    p_deployment_id    text,
    p_address          text,
    p_port             integer,
    p_generation       integer,
    p_silo_name        text,
    p_host_name        text,
    p_status           integer,
    p_proxy_port       integer,
    p_start_time       timestamptz,
    p_i_am_alive_time  timestamptz,
    p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_current integer;
BEGIN
    SELECT cv.version INTO v_current
    FROM orleans_cluster_version cv
    WHERE cv.deployment_id = p_deployment_id
    FOR UPDATE;

    IF NOT FOUND OR p_expected_version IS NULL OR v_current <> p_expected_version THEN
        RETURN false;
    END IF;

    INSERT INTO orleans_cluster_member
        (deployment_id, address, port, generation, silo_name, host_name,
         status, proxy_port, suspect_times, start_time, i_am_alive_time)
    VALUES
        (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
         p_status, coalesce(p_proxy_port, 0), NULL, p_start_time, p_i_am_alive_time)
    ON CONFLICT ON CONSTRAINT orleans_cluster_member_pk DO NOTHING;

    IF NOT FOUND THEN
        -- The silo is already registered: report failure, nothing was changed.
        RETURN false;
    END IF;

    UPDATE orleans_cluster_version
    SET version = version + 1,
        changed_at = now()
    WHERE deployment_id = p_deployment_id;

    RETURN true;
END
$fn$;

-- Changes a silo row (status, suspicions, heartbeat). Same version protocol as above:
-- true only if the version matched and the silo row exists; otherwise nothing changes.
CREATE OR REPLACE FUNCTION orleans_cluster_change_member(
    p_deployment_id    text,
    p_address          text,
    p_port             integer,
    p_generation       integer,
    p_status           integer,
    p_suspect_times    text,
    p_i_am_alive_time  timestamptz,
    p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_current integer;
BEGIN
    SELECT cv.version INTO v_current
    FROM orleans_cluster_version cv
    WHERE cv.deployment_id = p_deployment_id
    FOR UPDATE;

    IF NOT FOUND OR p_expected_version IS NULL OR v_current <> p_expected_version THEN
        RETURN false;
    END IF;

    UPDATE orleans_cluster_member m
    SET status          = p_status,
        suspect_times   = p_suspect_times,
        -- never move the heartbeat backwards (a heartbeat may have landed since the read)
        i_am_alive_time = greatest(m.i_am_alive_time, p_i_am_alive_time)
    WHERE m.deployment_id = p_deployment_id
      AND m.address = p_address
      AND m.port = p_port
      AND m.generation = p_generation;

    IF NOT FOUND THEN
        RETURN false;
    END IF;

    UPDATE orleans_cluster_version
    SET version = version + 1,
        changed_at = now()
    WHERE deployment_id = p_deployment_id;

    RETURN true;
END
$fn$;

INSERT INTO orleansquery (querykey, querytext) VALUES

-- Creates the cluster's version row if missing. Read as one boolean-ish value
-- (true = this call created it); must always return exactly one row, one column.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO orleans_cluster_version (deployment_id)
    VALUES (@DeploymentId)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT count(*) > 0 AS created FROM created;
$q$),

('InsertMembershipKey', $q$
SELECT orleans_cluster_add_member(
    @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
    @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS succeeded;
$q$),

('UpdateMembershipKey', $q$
SELECT orleans_cluster_change_member(
    @DeploymentId, @Address, @Port, @Generation,
    @Status, @SuspectTimes, @IAmAliveTime, @Version) AS succeeded;
$q$),

-- Heartbeat. Not version-checked and its result is ignored by the provider.
('UpdateIAmAlivetimeKey', $q$
UPDATE orleans_cluster_member
SET i_am_alive_time = greatest(i_am_alive_time, @IAmAliveTime)
WHERE deployment_id = @DeploymentId
  AND address = @Address
  AND port = @Port
  AND generation = @Generation;
$q$),

-- One silo plus the table version. Starting from the version row keeps one row
-- (with NULL member columns) when the silo is unknown, which the provider needs.
('MembershipReadRowKey', $q$
SELECT
    v.deployment_id   AS deploymentid,
    m.address         AS address,
    m.port            AS port,
    m.generation      AS generation,
    m.silo_name       AS siloname,
    m.host_name       AS hostname,
    m.status          AS status,
    m.proxy_port      AS proxyport,
    m.suspect_times   AS suspecttimes,
    m.start_time      AS starttime,
    m.i_am_alive_time AS iamalivetime,
    v.version         AS version
FROM orleans_cluster_version v
LEFT JOIN orleans_cluster_member m
       ON m.deployment_id = v.deployment_id
      AND m.address = @Address
      AND m.port = @Port
      AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId;
$q$),

-- All silos plus the table version (one row with NULL member columns when empty).
('MembershipReadAllKey', $q$
SELECT
    v.deployment_id   AS deploymentid,
    m.address         AS address,
    m.port            AS port,
    m.generation      AS generation,
    m.silo_name       AS siloname,
    m.host_name       AS hostname,
    m.status          AS status,
    m.proxy_port      AS proxyport,
    m.suspect_times   AS suspecttimes,
    m.start_time      AS starttime,
    m.i_am_alive_time AS iamalivetime,
    v.version         AS version
FROM orleans_cluster_version v
LEFT JOIN orleans_cluster_member m
       ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId;
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleans_cluster_member WHERE deployment_id = @DeploymentId;
DELETE FROM orleans_cluster_version WHERE deployment_id = @DeploymentId;
$q$),

-- Gateways for clients: @Status is Active (3); only silos that expose a gateway port.
('GatewaysQueryKey', $q$
SELECT
    address    AS address,
    proxy_port AS proxyport,
    generation AS generation
FROM orleans_cluster_member
WHERE deployment_id = @DeploymentId
  AND status = @Status
  AND proxy_port > 0;
$q$),

-- Bulk prune of Dead silos whose last heartbeat is older than the cut-off.
-- 10.4.2 only runs this when the optional per-row key below is absent.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleans_cluster_member
WHERE deployment_id = @DeploymentId
  AND status = 6
  AND i_am_alive_time < @IAmAliveTime
  AND start_time < @IAmAliveTime;
$q$),

-- Optional in 10.4.2 (used when present): the provider reads all rows, picks Dead
-- silos older than the cut-off, and deletes each one only if it is still exactly
-- as it read it (same start, heartbeat and suspicions), so a concurrent change wins.
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM orleans_cluster_member
WHERE deployment_id = @DeploymentId
  AND status = 6
  AND address = @Address
  AND port = @Port
  AND generation = @Generation
  AND start_time = @StartTime
  AND i_am_alive_time = @IAmAliveTime
  AND coalesce(suspect_times, '') = coalesce(@SuspectTimes, '');
$q$)

ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
