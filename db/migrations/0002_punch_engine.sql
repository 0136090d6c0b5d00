-- min-compatible: 2
-- The punch engine: which activities each site offers, which workflows (handheld menus) belong to
-- which activity, and two derived columns on punch intervals: when the interval's shift began and
-- how it was recorded. Programs of schema 1 would write intervals without them, so they must not
-- write this file: min-compatible is 2.

-- Activities a site offers at its kiosks. A site without any row offers every active activity.
CREATE TABLE site_activities (
    site TEXT NOT NULL REFERENCES sites(code),
    activity TEXT NOT NULL REFERENCES activities(code),
    PRIMARY KEY (site, activity)
);

-- Workflows that belong to an activity, for the forgotten-punch guard (a worker opening the
-- "measure" workflow while punched into packing is sent to the switch screen).
CREATE TABLE activity_workflows (
    activity TEXT NOT NULL REFERENCES activities(code),
    workflow TEXT NOT NULL,
    PRIMARY KEY (activity, workflow)
);
CREATE INDEX activity_workflows_by_workflow ON activity_workflows(workflow);

ALTER TABLE punch_intervals ADD COLUMN shift_start_ms INTEGER;
ALTER TABLE punch_intervals ADD COLUMN source TEXT;

-- Fill the new columns for intervals derived by schema 1 (wh rebuild derives them exactly).
UPDATE punch_intervals SET shift_start_ms = t.first_start
FROM (SELECT worker, business_day, MIN(start_ms) AS first_start FROM punch_intervals GROUP BY worker, business_day) AS t
WHERE t.worker = punch_intervals.worker AND t.business_day = punch_intervals.business_day;
UPDATE punch_intervals SET source = d.kind FROM devices AS d WHERE d.id = punch_intervals.device_id;

-- A worker has at most one open interval.
CREATE UNIQUE INDEX punch_intervals_one_open ON punch_intervals(worker) WHERE status = 'open';
-- Who is on what right now (the live board, the kiosk's counts).
CREATE INDEX punch_intervals_open_by_site ON punch_intervals(site, activity) WHERE status = 'open';
