-- Post-entry tracking is append-only like the rest of the ledger: a re-filed entry summary, a revised
-- pre-entry, a final or paid statement or a desk correction is a new version row, never an edit; a
-- status message or liquidation notice is kept as received.
CREATE TRIGGER pre_entries_no_update BEFORE UPDATE ON pre_entries BEGIN SELECT RAISE(ABORT, 'pre_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER pre_entries_no_delete BEFORE DELETE ON pre_entries BEGIN SELECT RAISE(ABORT, 'pre_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER pre_entry_lines_no_update BEFORE UPDATE ON pre_entry_lines BEGIN SELECT RAISE(ABORT, 'pre_entry_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER pre_entry_lines_no_delete BEFORE DELETE ON pre_entry_lines BEGIN SELECT RAISE(ABORT, 'pre_entry_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER entry_summaries_no_update BEFORE UPDATE ON entry_summaries BEGIN SELECT RAISE(ABORT, 'entry_summaries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER entry_summaries_no_delete BEFORE DELETE ON entry_summaries BEGIN SELECT RAISE(ABORT, 'entry_summaries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER entry_summary_lines_no_update BEFORE UPDATE ON entry_summary_lines BEGIN SELECT RAISE(ABORT, 'entry_summary_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER entry_summary_lines_no_delete BEFORE DELETE ON entry_summary_lines BEGIN SELECT RAISE(ABORT, 'entry_summary_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER status_messages_no_update BEFORE UPDATE ON status_messages BEGIN SELECT RAISE(ABORT, 'status_messages is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER status_messages_no_delete BEFORE DELETE ON status_messages BEGIN SELECT RAISE(ABORT, 'status_messages is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER duty_statements_no_update BEFORE UPDATE ON duty_statements BEGIN SELECT RAISE(ABORT, 'duty_statements is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER duty_statements_no_delete BEFORE DELETE ON duty_statements BEGIN SELECT RAISE(ABORT, 'duty_statements is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER statement_entries_no_update BEFORE UPDATE ON statement_entries BEGIN SELECT RAISE(ABORT, 'statement_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER statement_entries_no_delete BEFORE DELETE ON statement_entries BEGIN SELECT RAISE(ABORT, 'statement_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER liquidation_notices_no_update BEFORE UPDATE ON liquidation_notices BEGIN SELECT RAISE(ABORT, 'liquidation_notices is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER liquidation_notices_no_delete BEFORE DELETE ON liquidation_notices BEGIN SELECT RAISE(ABORT, 'liquidation_notices is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER follow_up_settlements_no_update BEFORE UPDATE ON follow_up_settlements BEGIN SELECT RAISE(ABORT, 'follow_up_settlements is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER follow_up_settlements_no_delete BEFORE DELETE ON follow_up_settlements BEGIN SELECT RAISE(ABORT, 'follow_up_settlements is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER post_entry_settings_no_update BEFORE UPDATE ON post_entry_settings BEGIN SELECT RAISE(ABORT, 'post_entry_settings is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER post_entry_settings_no_delete BEFORE DELETE ON post_entry_settings BEGIN SELECT RAISE(ABORT, 'post_entry_settings is append-only'); END;