-- min-compatible: 8
-- The print spool: label jobs (an NG sticker's ZPL) waiting for their printer while it is off, out
-- of labels or unreachable, and the ones sent, kept a while as the record of what was printed. A
-- job is sent in id order (AUTOINCREMENT: an id is never used twice, so the order survives
-- deletions); one job per printer and key (the caller's key, a measurement record's id), so a
-- sticker asked for twice prints once. A new table only: older programs still read and write the
-- file as before.
CREATE TABLE print_jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    printer TEXT NOT NULL,
    job_key TEXT NOT NULL,
    payload BLOB NOT NULL,
    queued_at_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error TEXT,
    sent_at_ms INTEGER,
    UNIQUE (printer, job_key)
);
-- What waits, per printer, in order.
CREATE INDEX print_jobs_waiting ON print_jobs (printer, id) WHERE sent_at_ms IS NULL;
