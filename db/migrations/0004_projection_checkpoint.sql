-- min-compatible: 4
-- Punch intervals and units rows are derived from the events by catching up from a checkpoint:
-- the rowid of the last event derived. A kiosk commits the punch event (durably) and shows the
-- confirmation; the intervals are derived right after, and whoever opens the store next derives
-- what a crash left behind. Programs of schema 3 would write intervals without moving the
-- checkpoint, so the next catch-up would derive their events twice: min-compatible is 4.

CREATE TABLE projection_checkpoint (
    name TEXT PRIMARY KEY,
    event_rowid INTEGER NOT NULL CHECK (event_rowid >= 0)
);
-- Schema-3 programs derived every event in its own transaction: the tables are up to date.
INSERT INTO projection_checkpoint (name, event_rowid)
SELECT 'derived', COALESCE(MAX(rowid), 0) FROM events;
