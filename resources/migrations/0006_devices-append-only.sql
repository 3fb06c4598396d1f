-- Settings, SSCCs, print jobs and their attempts, and RFID tag links are append-only like the rest of
-- the ledger: a new setting, an attempt's outcome or a reprint is a new row, never an edit.
CREATE TRIGGER setting_changes_no_update BEFORE UPDATE ON setting_changes BEGIN SELECT RAISE(ABORT, 'setting_changes is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER setting_changes_no_delete BEFORE DELETE ON setting_changes BEGIN SELECT RAISE(ABORT, 'setting_changes is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER sscc_allocations_no_update BEFORE UPDATE ON sscc_allocations BEGIN SELECT RAISE(ABORT, 'sscc_allocations is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER sscc_allocations_no_delete BEFORE DELETE ON sscc_allocations BEGIN SELECT RAISE(ABORT, 'sscc_allocations is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER print_jobs_no_update BEFORE UPDATE ON print_jobs BEGIN SELECT RAISE(ABORT, 'print_jobs is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER print_jobs_no_delete BEFORE DELETE ON print_jobs BEGIN SELECT RAISE(ABORT, 'print_jobs is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER print_attempts_no_update BEFORE UPDATE ON print_attempts BEGIN SELECT RAISE(ABORT, 'print_attempts is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER print_attempts_no_delete BEFORE DELETE ON print_attempts BEGIN SELECT RAISE(ABORT, 'print_attempts is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER rfid_tags_no_update BEFORE UPDATE ON rfid_tags BEGIN SELECT RAISE(ABORT, 'rfid_tags is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER rfid_tags_no_delete BEFORE DELETE ON rfid_tags BEGIN SELECT RAISE(ABORT, 'rfid_tags is append-only'); END;
