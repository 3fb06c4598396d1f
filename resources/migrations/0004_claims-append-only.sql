-- Exports, allocations, claims and their exceptions are append-only like the rest of the ledger: a
-- release, an exclusion, a state change or a checklist tick is a new row, never an edit.
CREATE TRIGGER export_shipments_no_update BEFORE UPDATE ON export_shipments BEGIN SELECT RAISE(ABORT, 'export_shipments is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER export_shipments_no_delete BEFORE DELETE ON export_shipments BEGIN SELECT RAISE(ABORT, 'export_shipments is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER export_lines_no_update BEFORE UPDATE ON export_lines BEGIN SELECT RAISE(ABORT, 'export_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER export_lines_no_delete BEFORE DELETE ON export_lines BEGIN SELECT RAISE(ABORT, 'export_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER export_documents_no_update BEFORE UPDATE ON export_documents BEGIN SELECT RAISE(ABORT, 'export_documents is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER export_documents_no_delete BEFORE DELETE ON export_documents BEGIN SELECT RAISE(ABORT, 'export_documents is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER matching_runs_no_update BEFORE UPDATE ON matching_runs BEGIN SELECT RAISE(ABORT, 'matching_runs is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER matching_runs_no_delete BEFORE DELETE ON matching_runs BEGIN SELECT RAISE(ABORT, 'matching_runs is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER allocations_no_update BEFORE UPDATE ON allocations BEGIN SELECT RAISE(ABORT, 'allocations is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER allocations_no_delete BEFORE DELETE ON allocations BEGIN SELECT RAISE(ABORT, 'allocations is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER claims_no_update BEFORE UPDATE ON claims BEGIN SELECT RAISE(ABORT, 'claims is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER claims_no_delete BEFORE DELETE ON claims BEGIN SELECT RAISE(ABORT, 'claims is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER claim_lines_no_update BEFORE UPDATE ON claim_lines BEGIN SELECT RAISE(ABORT, 'claim_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER claim_lines_no_delete BEFORE DELETE ON claim_lines BEGIN SELECT RAISE(ABORT, 'claim_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER claim_line_exclusions_no_update BEFORE UPDATE ON claim_line_exclusions BEGIN SELECT RAISE(ABORT, 'claim_line_exclusions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER claim_line_exclusions_no_delete BEFORE DELETE ON claim_line_exclusions BEGIN SELECT RAISE(ABORT, 'claim_line_exclusions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER claim_events_no_update BEFORE UPDATE ON claim_events BEGIN SELECT RAISE(ABORT, 'claim_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER claim_events_no_delete BEFORE DELETE ON claim_events BEGIN SELECT RAISE(ABORT, 'claim_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER claim_exceptions_no_update BEFORE UPDATE ON claim_exceptions BEGIN SELECT RAISE(ABORT, 'claim_exceptions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER claim_exceptions_no_delete BEFORE DELETE ON claim_exceptions BEGIN SELECT RAISE(ABORT, 'claim_exceptions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER exception_actions_no_update BEFORE UPDATE ON exception_actions BEGIN SELECT RAISE(ABORT, 'exception_actions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER exception_actions_no_delete BEFORE DELETE ON exception_actions BEGIN SELECT RAISE(ABORT, 'exception_actions is append-only'); END;
