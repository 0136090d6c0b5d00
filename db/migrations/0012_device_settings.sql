-- min-compatible: 8
-- A device's own settings, kept in its store: which tape measure it is paired with, its label
-- printer, the scanner's prefix and suffix, its language, the brands' spec keys (db/DeviceSettings).
-- Who changed a value and when is kept with it, so a setting an administrator made can be told from
-- one a worker made. A new table only: programs of earlier schemas never read it.
CREATE TABLE device_settings (
    device_id TEXT NOT NULL REFERENCES devices(id),
    key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
    value TEXT NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', -- an account or worker code; empty: the program itself
    PRIMARY KEY (device_id, key)
);
