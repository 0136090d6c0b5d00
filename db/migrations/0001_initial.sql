-- min-compatible: 1
-- The first schema: master data, the immutable event log with its outbox, and the tables derived
-- from events (punch intervals, units). Times are UTC milliseconds; business days are 'YYYY-MM-DD';
-- money is integer yen.

CREATE TABLE sites (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'Asia/Tokyo',
    business_day_start_min INTEGER NOT NULL DEFAULT 300 CHECK (business_day_start_min BETWEEN 0 AND 1439)
);

CREATE TABLE employment_types (
    code TEXT PRIMARY KEY,
    name_ja TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE wage_rates (
    employment_type TEXT NOT NULL REFERENCES employment_types(code),
    site TEXT NOT NULL REFERENCES sites(code),
    effective_from TEXT NOT NULL CHECK (date(effective_from) = effective_from),
    yen_per_hour INTEGER NOT NULL CHECK (yen_per_hour >= 0),
    PRIMARY KEY (employment_type, site, effective_from)
);

CREATE TABLE workers (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    badge_id TEXT UNIQUE,
    pin_hash TEXT,
    home_site TEXT NOT NULL REFERENCES sites(code),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE worker_employment (
    worker TEXT NOT NULL REFERENCES workers(code) ON DELETE CASCADE,
    effective_from TEXT NOT NULL CHECK (date(effective_from) = effective_from),
    employment_type TEXT NOT NULL REFERENCES employment_types(code),
    PRIMARY KEY (worker, effective_from)
);

CREATE TABLE blocks (
    code TEXT PRIMARY KEY,
    name_ja TEXT NOT NULL,
    name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sections (
    code TEXT PRIMARY KEY,
    block TEXT NOT NULL REFERENCES blocks(code),
    name_ja TEXT NOT NULL,
    name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sections_by_block ON sections(block);

CREATE TABLE activities (
    code TEXT PRIMARY KEY,
    section TEXT NOT NULL REFERENCES sections(code),
    name_ja TEXT NOT NULL,
    name_en TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'break')),
    standard_units_per_hour REAL CHECK (standard_units_per_hour IS NULL OR standard_units_per_hour > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX activities_by_section ON activities(section);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'handheld', 'manager')),
    site TEXT NOT NULL REFERENCES sites(code),
    name TEXT NOT NULL DEFAULT ''
);

-- Every fact a device records. Never updated, never deleted (the triggers below refuse it).
CREATE TABLE events (
    id TEXT PRIMARY KEY,                -- UUIDv7, text form
    device_id TEXT NOT NULL REFERENCES devices(id),
    sequence INTEGER NOT NULL CHECK (sequence > 0),
    kind TEXT NOT NULL,
    occurred_at_ms INTEGER NOT NULL,
    recorded_at_ms INTEGER NOT NULL,
    payload TEXT NOT NULL CHECK (json_valid(payload)),
    UNIQUE (device_id, sequence)
);
CREATE INDEX events_by_kind_time ON events(kind, occurred_at_ms);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are immutable');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are immutable');
END;

-- One row per event still to be sent on (written in the event's own transaction).
CREATE TABLE outbox (
    event_id TEXT PRIMARY KEY REFERENCES events(id),
    enqueued_at_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt_at_ms INTEGER,
    last_error TEXT,
    sent_at_ms INTEGER
);
CREATE INDEX outbox_pending ON outbox(enqueued_at_ms) WHERE sent_at_ms IS NULL;

-- Derived from punch events; can be dropped and rebuilt at any time (wh rebuild).
CREATE TABLE punch_intervals (
    start_event_id TEXT PRIMARY KEY REFERENCES events(id),
    end_event_id TEXT REFERENCES events(id),
    worker TEXT NOT NULL REFERENCES workers(code),
    activity TEXT NOT NULL REFERENCES activities(code),
    site TEXT NOT NULL REFERENCES sites(code),
    employment_type TEXT REFERENCES employment_types(code),
    business_day TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER CHECK (end_ms IS NULL OR end_ms >= start_ms),
    status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'forgotten')),
    device_id TEXT NOT NULL
);
CREATE INDEX punch_intervals_by_worker ON punch_intervals(worker, start_ms);
CREATE INDEX punch_intervals_by_day ON punch_intervals(site, business_day, activity);

-- Derived from units.counted events.
CREATE TABLE units (
    event_id TEXT PRIMARY KEY REFERENCES events(id),
    site TEXT NOT NULL REFERENCES sites(code),
    activity TEXT NOT NULL REFERENCES activities(code),
    worker TEXT REFERENCES workers(code),
    business_day TEXT NOT NULL,
    occurred_at_ms INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    reference TEXT
);
CREATE INDEX units_by_day ON units(site, business_day, activity);
