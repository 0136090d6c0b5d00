-- min-compatible: 2
-- A counter that every change to reference data bumps (by trigger, whoever writes), so a kiosk can
-- keep workers and activities in memory and reload them only when something changed: a punch then
-- reads one row instead of the master tables.

CREATE TABLE reference_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO reference_version (id, version) VALUES (1, 1);

CREATE TRIGGER sites_ref_insert AFTER INSERT ON sites BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER sites_ref_update AFTER UPDATE ON sites BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER sites_ref_delete AFTER DELETE ON sites BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER workers_ref_insert AFTER INSERT ON workers BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER workers_ref_update AFTER UPDATE ON workers BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER workers_ref_delete AFTER DELETE ON workers BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER worker_employment_ref_insert AFTER INSERT ON worker_employment BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER worker_employment_ref_update AFTER UPDATE ON worker_employment BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER worker_employment_ref_delete AFTER DELETE ON worker_employment BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER blocks_ref_insert AFTER INSERT ON blocks BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER blocks_ref_update AFTER UPDATE ON blocks BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER blocks_ref_delete AFTER DELETE ON blocks BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER sections_ref_insert AFTER INSERT ON sections BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER sections_ref_update AFTER UPDATE ON sections BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER sections_ref_delete AFTER DELETE ON sections BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER activities_ref_insert AFTER INSERT ON activities BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER activities_ref_update AFTER UPDATE ON activities BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER activities_ref_delete AFTER DELETE ON activities BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER site_activities_ref_insert AFTER INSERT ON site_activities BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER site_activities_ref_update AFTER UPDATE ON site_activities BEGIN UPDATE reference_version SET version = version + 1; END;
CREATE TRIGGER site_activities_ref_delete AFTER DELETE ON site_activities BEGIN UPDATE reference_version SET version = version + 1; END;
