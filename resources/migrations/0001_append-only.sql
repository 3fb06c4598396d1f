-- Ledger rows are append-only: corrections are new rows linked to what they correct.
-- These triggers stop the app (or a bug in it) from rewriting history; `audit verify`
-- catches edits made by other tools that drop or bypass them.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER movements_no_update BEFORE UPDATE ON movements BEGIN SELECT RAISE(ABORT, 'movements are append-only: record a reversal instead'); END;
--> statement-breakpoint
CREATE TRIGGER movements_no_delete BEFORE DELETE ON movements BEGIN SELECT RAISE(ABORT, 'movements are append-only: record a reversal instead'); END;
--> statement-breakpoint
CREATE TRIGGER lots_no_update BEFORE UPDATE ON lots BEGIN SELECT RAISE(ABORT, 'lots are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER entry_lines_no_update BEFORE UPDATE ON entry_lines BEGIN SELECT RAISE(ABORT, 'entry lines are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER import_entries_no_update BEFORE UPDATE ON import_entries BEGIN SELECT RAISE(ABORT, 'import entries are append-only'); END;
--> statement-breakpoint
-- Balances are derived from movements: what flowed into a (lot, location, bucket) minus what flowed out.
CREATE VIEW lot_balances AS
SELECT lot_id, location_id, bucket, SUM(delta) AS quantity FROM (
  SELECT lot_id, to_location_id AS location_id, to_bucket AS bucket, quantity AS delta FROM movements WHERE to_location_id IS NOT NULL
  UNION ALL
  SELECT lot_id, from_location_id, from_bucket, -quantity FROM movements WHERE from_location_id IS NOT NULL
) GROUP BY lot_id, location_id, bucket;
