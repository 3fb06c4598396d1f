-- Wrong-password records are append-only like the rest of the ledger: a lockout is lifted by a new
-- 'cleared' row, never by editing or deleting the failures.
CREATE TRIGGER sign_in_failures_no_update BEFORE UPDATE ON sign_in_failures BEGIN SELECT RAISE(ABORT, 'sign_in_failures is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER sign_in_failures_no_delete BEFORE DELETE ON sign_in_failures BEGIN SELECT RAISE(ABORT, 'sign_in_failures is append-only'); END;
