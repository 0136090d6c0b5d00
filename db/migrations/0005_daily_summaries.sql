-- min-compatible: 5
-- Productivity and cost: units from three sources, per-site labor rules, the daily summaries the
-- reports read, and the dirty keys that tell `wh aggregate --dirty` what to re-total. The catch-up
-- derivation marks the keys of every interval and units row it writes, so programs of schema 4
-- (which do not) must not write this file: min-compatible is 5.

-- Where a units row came from: a workflow's scans, a manual end-of-day entry, a counter reading.
ALTER TABLE units ADD COLUMN source TEXT NOT NULL DEFAULT 'workflow'
    CHECK (source IN ('workflow', 'manual', 'counter'));
-- A manual entry for a team instead of a worker, and who typed a manual entry.
ALTER TABLE units ADD COLUMN team TEXT;
ALTER TABLE units ADD COLUMN entered_by TEXT;

-- Corrections: the interval carries the id of the correction event that last changed or added it
-- (the correction flag); the events are the append-only audit trail, and this view reads it.
ALTER TABLE punch_intervals ADD COLUMN corrected_by TEXT;
CREATE VIEW punch_corrections AS
SELECT id AS event_id, occurred_at_ms AS corrected_at_ms, device_id,
       json_extract(payload, '$.action') AS action, json_extract(payload, '$.interval') AS interval,
       json_extract(payload, '$.worker') AS worker, json_extract(payload, '$.site') AS site,
       json_extract(payload, '$.activity') AS activity, json_extract(payload, '$.start_ms') AS start_ms,
       json_extract(payload, '$.end_ms') AS end_ms, json_extract(payload, '$.reason') AS reason,
       json_extract(payload, '$.by') AS corrected_by, json_extract(payload, '$.source') AS source
FROM events WHERE kind = 'punch.correction';

-- Labor-cost rules per site; a site without a row uses the defaults below (premiums off).
CREATE TABLE site_labor_rules (
    site TEXT PRIMARY KEY REFERENCES sites(code),
    threshold1_min INTEGER NOT NULL DEFAULT 360 CHECK (threshold1_min > 0),
    break_over_threshold1_min INTEGER NOT NULL DEFAULT 45 CHECK (break_over_threshold1_min >= 0),
    threshold2_min INTEGER NOT NULL DEFAULT 480 CHECK (threshold2_min > 0),
    break_over_threshold2_min INTEGER NOT NULL DEFAULT 60 CHECK (break_over_threshold2_min >= 0),
    premiums_enabled INTEGER NOT NULL DEFAULT 0 CHECK (premiums_enabled IN (0, 1)),
    overtime_after_min INTEGER NOT NULL DEFAULT 480 CHECK (overtime_after_min > 0),
    overtime_percent INTEGER NOT NULL DEFAULT 25 CHECK (overtime_percent >= 0),
    late_night_start_min INTEGER NOT NULL DEFAULT 1320 CHECK (late_night_start_min BETWEEN 0 AND 1439),
    late_night_end_min INTEGER NOT NULL DEFAULT 300 CHECK (late_night_end_min BETWEEN 0 AND 1439),
    late_night_percent INTEGER NOT NULL DEFAULT 25 CHECK (late_night_percent >= 0)
);
CREATE TRIGGER site_labor_rules_ref_insert AFTER INSERT ON site_labor_rules BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER site_labor_rules_ref_update AFTER UPDATE ON site_labor_rules BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER site_labor_rules_ref_delete AFTER DELETE ON site_labor_rules BEGIN UPDATE reference_version SET version = version + 1; END;

-- Daily totals per (site, business day, activity, employment type). Seconds are raw interval
-- seconds by activity kind; paid = direct + indirect - deducted (the statutory break where a day
-- had no break punch). Yen are rounded once per row (see core/LaborCost.h). Units of workers of a
-- type land on that type; units of a team or counter have employment_type ''.
CREATE TABLE daily_summaries (
    site TEXT NOT NULL,
    business_day TEXT NOT NULL,
    activity TEXT NOT NULL,
    employment_type TEXT NOT NULL,
    units INTEGER NOT NULL DEFAULT 0,
    direct_s INTEGER NOT NULL DEFAULT 0,
    indirect_s INTEGER NOT NULL DEFAULT 0,
    break_s INTEGER NOT NULL DEFAULT 0,
    deducted_s INTEGER NOT NULL DEFAULT 0,
    paid_s INTEGER NOT NULL DEFAULT 0,
    overtime_s INTEGER NOT NULL DEFAULT 0,
    late_night_s INTEGER NOT NULL DEFAULT 0,
    forgotten_s INTEGER NOT NULL DEFAULT 0,
    base_yen INTEGER NOT NULL DEFAULT 0,
    premium_yen INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site, business_day, activity, employment_type)
) WITHOUT ROWID;
CREATE INDEX daily_summaries_by_day ON daily_summaries(business_day, site);

-- Monthly totals per (site, month 'YYYY-MM', activity), kept with the daily ones in the same
-- transaction, so a year's figures read a dozen rows per activity instead of 365.
CREATE TABLE monthly_summaries (
    site TEXT NOT NULL,
    month TEXT NOT NULL,
    activity TEXT NOT NULL,
    units INTEGER NOT NULL DEFAULT 0,
    direct_s INTEGER NOT NULL DEFAULT 0,
    indirect_s INTEGER NOT NULL DEFAULT 0,
    break_s INTEGER NOT NULL DEFAULT 0,
    paid_s INTEGER NOT NULL DEFAULT 0,
    forgotten_s INTEGER NOT NULL DEFAULT 0,
    base_yen INTEGER NOT NULL DEFAULT 0,
    premium_yen INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site, month, activity)
) WITHOUT ROWID;

-- Per worker: units and paid seconds per (site, business day, activity). Never a cost or wage.
CREATE TABLE worker_daily (
    site TEXT NOT NULL,
    business_day TEXT NOT NULL,
    activity TEXT NOT NULL,
    worker TEXT NOT NULL,
    units INTEGER NOT NULL DEFAULT 0,
    seconds INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site, business_day, activity, worker)
) WITHOUT ROWID;
CREATE INDEX worker_daily_by_worker ON worker_daily(worker, business_day);

-- Keys whose totals are out of date (a punch, a units entry, a correction touched them).
CREATE TABLE summary_dirty (
    site TEXT NOT NULL,
    business_day TEXT NOT NULL,
    activity TEXT NOT NULL,
    employment_type TEXT NOT NULL,
    PRIMARY KEY (site, business_day, activity, employment_type)
) WITHOUT ROWID;

-- Everything derived so far needs totals.
INSERT OR IGNORE INTO summary_dirty (site, business_day, activity, employment_type)
SELECT site, business_day, activity, COALESCE(employment_type, '') FROM punch_intervals;
INSERT OR IGNORE INTO summary_dirty (site, business_day, activity, employment_type)
SELECT site, business_day, activity, '' FROM units;
