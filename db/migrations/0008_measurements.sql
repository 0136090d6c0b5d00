-- min-compatible: 8
-- Garment measurements, derived from measurement events (db/MeasurementRepository): one row per
-- value, lengths in 0.1 mm, with the event of the value that superseded it (a later value of the
-- same item and point, by occurred time then event id). The derivation fills it as it catches up;
-- programs of schema 7 would catch up past measurement events without deriving them, so they must
-- not write this file: min-compatible is 8. `wh rebuild` derives it again from the events.
CREATE TABLE measurements (
    event_id TEXT PRIMARY KEY REFERENCES events(id),
    item TEXT NOT NULL,
    style TEXT NOT NULL,
    size TEXT NOT NULL,
    lot TEXT,
    point TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value > 0),
    target INTEGER NOT NULL,
    lower_tolerance INTEGER NOT NULL,
    upper_tolerance INTEGER NOT NULL,
    deviation INTEGER NOT NULL,
    pass INTEGER NOT NULL CHECK (pass IN (0, 1)),
    attempt INTEGER NOT NULL,
    superseded_by TEXT REFERENCES events(id),
    item_verdict TEXT CHECK (item_verdict IS NULL OR item_verdict IN ('pass', 'fail')),
    worker TEXT,
    site TEXT NOT NULL,
    device_id TEXT NOT NULL,
    tape_device TEXT,
    protocol TEXT NOT NULL,
    occurred_at_ms INTEGER NOT NULL
);
-- An item's values in order (its latest values: superseded_by IS NULL).
CREATE INDEX measurements_by_item ON measurements(item, point, occurred_at_ms, event_id);
-- A site's measurements over a period (failure rates by style, by worker).
CREATE INDEX measurements_by_site_time ON measurements(site, occurred_at_ms);

-- Measurement events recorded before this version (the recorder came first).
INSERT INTO measurements (event_id, item, style, size, lot, point, value, target, lower_tolerance, upper_tolerance,
                          deviation, pass, attempt, item_verdict, worker, site, device_id, tape_device, protocol,
                          occurred_at_ms)
SELECT id, json_extract(payload, '$.item'), COALESCE(json_extract(payload, '$.style'), ''),
       COALESCE(json_extract(payload, '$.size'), ''), json_extract(payload, '$.lot'), json_extract(payload, '$.point'),
       json_extract(payload, '$.value'), json_extract(payload, '$.target'), json_extract(payload, '$.lower'),
       json_extract(payload, '$.upper'), json_extract(payload, '$.value') - json_extract(payload, '$.target'),
       json_extract(payload, '$.verdict') = 'pass', json_extract(payload, '$.attempt'),
       json_extract(payload, '$.item_verdict'), json_extract(payload, '$.worker'), json_extract(payload, '$.site'),
       device_id, json_extract(payload, '$.tape_device'), json_extract(payload, '$.protocol'), occurred_at_ms
FROM events
WHERE kind = 'measurement' AND json_extract(payload, '$.item') IS NOT NULL AND json_extract(payload, '$.point') IS NOT NULL
  AND json_extract(payload, '$.value') > 0 AND json_extract(payload, '$.site') IS NOT NULL
  AND json_extract(payload, '$.protocol') IS NOT NULL;
UPDATE measurements SET superseded_by = (
    SELECT n.event_id FROM measurements AS n
    WHERE n.item = measurements.item AND n.point = measurements.point
      AND (n.occurred_at_ms > measurements.occurred_at_ms
           OR (n.occurred_at_ms = measurements.occurred_at_ms AND n.event_id > measurements.event_id))
    ORDER BY n.occurred_at_ms, n.event_id LIMIT 1);
