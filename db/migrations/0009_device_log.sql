-- min-compatible: 8
-- The device log: every frame a device sent (tape measures), accepted or not, with its raw bytes,
-- so what came from the field can be read back and pasted into `wh device decode`. A log beside
-- the events, not derived from them: `wh rebuild` leaves it alone; old rows are pruned by age
-- (db/DeviceLog). Programs of schema 8 neither read nor write it: min-compatible stays 8.
--
-- device_id       the device that sent it (a BLE address, a serial port, or a simulator's name)
-- protocol        leica-disto, bosch-glm, es-tape, nus, wedge
-- channel         what carried it (a BLE characteristic, a serial port), or NULL
-- received_at_ms  UTC ms
-- raw             the frame's bytes as they came (a wedge tape: the typed text)
-- kind, accepted  reading, duplicate, message (accepted) or rejected (not)
-- detail          the rejection reason (required), what a message said, a reading in words
-- value_01mm      a reading's or duplicate's length in 0.1 mm
CREATE TABLE device_log (
    id INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    protocol TEXT NOT NULL,
    channel TEXT,
    received_at_ms INTEGER NOT NULL,
    raw BLOB NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('reading', 'duplicate', 'message', 'rejected')),
    accepted INTEGER NOT NULL CHECK (accepted = (kind <> 'rejected')),
    detail TEXT,
    value_01mm INTEGER,
    CHECK (kind <> 'rejected' OR (detail IS NOT NULL AND detail <> ''))
);
-- One device's frames in time order (the log a technician reads), and pruning by age.
CREATE INDEX device_log_by_device_time ON device_log(device_id, received_at_ms);
CREATE INDEX device_log_by_time ON device_log(received_at_ms);
