-- OrderActors: schema and query texts for Microsoft.Orleans.Persistence.AdoNet 10.4.2
-- on PostgreSQL 15 (invariant "Npgsql"). Requires 0001_orleans_query_table.sql.
--
-- Version (ETag) protocol expected by the provider:
--  * Write with @GrainStateVersion NULL  = first write: insert with version 1.
--    Write with a version               = update only if the stored version still
--    equals it, and store/return the next version.
--    The write must return ONE row with column "NewGrainStateVersion"; returning NULL
--    (or the unchanged version, or no row) makes Orleans throw InconsistentStateException.
--  * Read returns at most ONE row with columns "PayloadBinary" and "Version" (by name).
--    A row with NULL payload means "cleared": the grain gets a fresh state but keeps
--    the version as its ETag.
--  * Clear (ClearStorageKey) nulls the payload and bumps the version, returning the
--    new version in the first column; no row = conflict.
--  * DeleteStorageKey (used only with DeleteStateOnClear = true) removes the row and
--    must still return a non-NULL value different from the old version.
--
-- A grain is identified by (service, grain type string, N0, N1, key extension);
-- the two integer hashes computed by the provider narrow the index look-up.
--
-- Idempotent: CREATE ... IF NOT EXISTS, CREATE OR REPLACE FUNCTION and upserts.

CREATE TABLE IF NOT EXISTS orleans_grain_state
(
    grain_id_hash      integer     NOT NULL,
    grain_type_hash    integer     NOT NULL,
    grain_id_n0        bigint      NOT NULL,
    grain_id_n1        bigint      NOT NULL,
    grain_type         text        NOT NULL,
    grain_id_extension text        NULL,
    service_id         text        NOT NULL,
    payload            bytea       NULL,
    version            integer     NOT NULL,
    modified_at        timestamptz NOT NULL DEFAULT now()
);

-- One row per grain state. The strings enter the index as md5 digests to keep index
-- entries small; NULLS NOT DISTINCT (PostgreSQL 15+) makes a NULL key extension
-- count as one value, so two grains without extension cannot both be inserted.
CREATE UNIQUE INDEX IF NOT EXISTS orleans_grain_state_key_ux
    ON orleans_grain_state (grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1,
                            service_id, md5(grain_type), md5(grain_id_extension))
    NULLS NOT DISTINCT;

-- Next ETag after v; wraps instead of overflowing (the ETag only has to change).
CREATE OR REPLACE FUNCTION orleans_grain_state_next_version(v integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $fn$
    SELECT CASE WHEN v IS NULL OR v >= 2147483647 THEN 1 ELSE v + 1 END;
$fn$;

-- Stores a grain state. Returns the new version, or NULL when the caller's version is
-- stale (or, for a first write, when a row already exists), which Orleans reports as
-- an InconsistentStateException.
CREATE OR REPLACE FUNCTION orleans_grain_state_write(
    p_grain_id_hash      integer,
    p_grain_id_n0        bigint,
    p_grain_id_n1        bigint,
    p_grain_type_hash    integer,
    p_grain_type         text,
    p_grain_id_extension text,
    p_service_id         text,
    p_expected_version   integer,
    p_payload            bytea)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_new integer;
BEGIN
    IF p_expected_version IS NULL THEN
        -- first write of this grain state; the unique index arbitrates races
        INSERT INTO orleans_grain_state
            (grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1, grain_type,
             grain_id_extension, service_id, payload, version, modified_at)
        VALUES
            (p_grain_id_hash, p_grain_type_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type,
             p_grain_id_extension, p_service_id, p_payload, 1, now())
        ON CONFLICT DO NOTHING
        RETURNING version INTO v_new;
    ELSE
        UPDATE orleans_grain_state s
        SET payload     = p_payload,
            version     = orleans_grain_state_next_version(s.version),
            modified_at = now()
        WHERE s.grain_id_hash = p_grain_id_hash
          AND s.grain_type_hash = p_grain_type_hash
          AND s.grain_id_n0 = p_grain_id_n0
          AND s.grain_id_n1 = p_grain_id_n1
          AND s.service_id = p_service_id
          AND s.grain_type = p_grain_type
          AND s.grain_id_extension IS NOT DISTINCT FROM p_grain_id_extension
          AND s.version = p_expected_version
        RETURNING s.version INTO v_new;
    END IF;

    RETURN v_new;  -- NULL when nothing was written
END
$fn$;

INSERT INTO orleansquery (querykey, querytext) VALUES

('WriteToStorageKey', $q$
SELECT orleans_grain_state_write(
    @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
    @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary
) AS newgrainstateversion;
$q$),

('ReadFromStorageKey', $q$
SELECT
    s.payload AS payloadbinary,
    s.version AS version
FROM orleans_grain_state s
WHERE s.grain_id_hash = @GrainIdHash
  AND s.grain_type_hash = @GrainTypeHash
  AND s.grain_id_n0 = @GrainIdN0
  AND s.grain_id_n1 = @GrainIdN1
  AND s.service_id = @ServiceId
  AND s.grain_type = @GrainTypeString
  AND s.grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$),

-- Keeps the row (payload NULL) so the version keeps increasing across clears.
('ClearStorageKey', $q$
UPDATE orleans_grain_state s
SET payload     = NULL,
    version     = orleans_grain_state_next_version(s.version),
    modified_at = now()
WHERE s.grain_id_hash = @GrainIdHash
  AND s.grain_type_hash = @GrainTypeHash
  AND s.grain_id_n0 = @GrainIdN0
  AND s.grain_id_n1 = @GrainIdN1
  AND s.service_id = @ServiceId
  AND s.grain_type = @GrainTypeString
  AND s.grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
  AND s.version = @GrainStateVersion
RETURNING s.version AS newgrainstateversion;
$q$),

-- Only used when AdoNetGrainStorageOptions.DeleteStateOnClear = true. The returned
-- value just has to be non-NULL and differ from the old version; the grain's ETag
-- becomes null afterwards, so its next write is a first write again.
('DeleteStorageKey', $q$
DELETE FROM orleans_grain_state s
WHERE s.grain_id_hash = @GrainIdHash
  AND s.grain_type_hash = @GrainTypeHash
  AND s.grain_id_n0 = @GrainIdN0
  AND s.grain_id_n1 = @GrainIdN1
  AND s.service_id = @ServiceId
  AND s.grain_type = @GrainTypeString
  AND s.grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
  AND s.version = @GrainStateVersion
RETURNING orleans_grain_state_next_version(s.version) AS newgrainstateversion;
$q$)

ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
