-- min-compatible: 8
-- The last value read of each hardware counter (a Modbus register of kind counter: a conveyor's or a
-- sorter's item count), written in the same transaction as the units event its move produced
-- (db/ModbusCounterRecorder), so that a restart neither counts the same units twice nor loses what
-- the counter counted meanwhile. Programs of earlier schemas never read it.
CREATE TABLE modbus_counters (
    device TEXT NOT NULL,          -- the register map's device name
    register_name TEXT NOT NULL,   -- the register's name in the map
    layout TEXT NOT NULL,          -- unit id, table, address, type, word order: a change starts a new baseline
    last_value INTEGER NOT NULL CHECK (last_value BETWEEN 0 AND 4294967295),
    read_at_ms INTEGER NOT NULL,
    last_event_id TEXT REFERENCES events(id), -- the units event of the last move that booked units
    PRIMARY KEY (device, register_name)
) WITHOUT ROWID;
