-- The ledger's identity is written once and never changed: its uid names the audit key kept outside
-- the file, and its seal (a MAC under that key) would no longer match anyway.
CREATE TRIGGER ledger_meta_no_update BEFORE UPDATE ON ledger_meta BEGIN SELECT RAISE(ABORT, 'ledger_meta is written once'); END;
--> statement-breakpoint
CREATE TRIGGER ledger_meta_no_delete BEFORE DELETE ON ledger_meta BEGIN SELECT RAISE(ABORT, 'ledger_meta is written once'); END;
