-- min-compatible: 6
-- The accounts of the manager viewer (wh-manager): who signs in, as which role (leader, manager,
-- admin: see reports/Access.h) and for which sites. Programs of schema 6 never read them (they add
-- nothing another program must keep up to date), so min-compatible stays 6.

-- name: what the person types to sign in (case-insensitive for ASCII letters); password_hash:
-- libsodium's crypto_pwhash_str text (Argon2id, its salt and cost inside); times in UTC ms;
-- disabled_ms: when the account was disabled (NULL: active).
CREATE TABLE accounts (
    name TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64),
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('leader', 'manager', 'admin')),
    password_hash TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    disabled_ms INTEGER,
    last_sign_in_ms INTEGER
);

-- The sites a leader or manager reads and corrects (an admin reads every site and has no rows).
CREATE TABLE account_sites (
    account TEXT NOT NULL COLLATE NOCASE REFERENCES accounts(name) ON DELETE CASCADE,
    site TEXT NOT NULL REFERENCES sites(code),
    PRIMARY KEY (account, site)
) WITHOUT ROWID;

-- Failed sign-ins in a row per name as typed, for names that are accounts and names that are not
-- (so the slow-down does not tell which names exist); a successful sign-in deletes the row.
CREATE TABLE sign_in_failures (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    failures INTEGER NOT NULL,
    last_failure_ms INTEGER NOT NULL
);
