-- Access control (docs/security.md): console users with one role each, integration API keys, server-side
-- sessions, and the audit log of every write. Read and written by client-api directly (not through grains):
-- every request is checked against them, and they are not order state.

-- A person who signs in to the console. The role decides the scopes (client-api/Security/Roles.cs).
create table if not exists auth_users (
    name           text        primary key,
    display_name   text        not null,
    role           text        not null check (role in ('customer-service', 'approver', 'operator', 'admin')),
    password_hash  text        not null,
    disabled       boolean     not null default false,
    created_by     text        not null,
    created_at     timestamptz not null,
    changed_by     text        not null,
    changed_at     timestamptz not null
);

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy of this table
-- signs nobody in. Logout and disabling a user delete rows; expiry is checked on every request.
create table if not exists auth_sessions (
    token_sha256  bytea       primary key,
    user_name     text        not null references auth_users (name) on delete cascade,
    csrf_token    text        not null,
    created_at    timestamptz not null,
    last_seen_at  timestamptz not null,
    expires_at    timestamptz not null
);
create index if not exists auth_sessions_user_idx on auth_sessions (user_name);
create index if not exists auth_sessions_expires_idx on auth_sessions (expires_at);

-- A machine client. The secret is shown once when the key is created; only its SHA-256 is kept, with the
-- first characters (prefix) so people can tell keys apart in lists and logs.
create table if not exists auth_api_keys (
    name           text        primary key,
    prefix         text        not null,
    secret_sha256  bytea       not null unique,
    scopes         text[]      not null,
    created_by     text        not null,
    created_at     timestamptz not null,
    expires_at     timestamptz null,
    revoked_by     text        null,
    revoked_at     timestamptz null,
    last_used_at   timestamptz null
);

-- Every write that reached an endpoint, allowed or refused: who, when, what route, the answer. Never bodies,
-- passwords or keys. Appended in batches by client-api (Security/AuditLog.cs).
create table if not exists audit_log (
    id              bigserial   primary key,
    at              timestamptz not null,
    actor           text        null,
    method          text        not null,
    route           text        null,
    path            text        not null,
    status          integer     not null,
    remote_address  text        null,
    trace_id        text        null
);
create index if not exists audit_log_actor_idx on audit_log (actor, id desc);
