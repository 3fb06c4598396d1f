DROP INDEX `entry_lines_audit_seq`;--> statement-breakpoint
DROP INDEX `import_batches_audit_seq`;--> statement-breakpoint
DROP INDEX `import_entries_audit_seq`;--> statement-breakpoint
DROP INDEX `items_audit_seq`;--> statement-breakpoint
DROP INDEX `locations_audit_seq`;--> statement-breakpoint
DROP INDEX `lots_audit_seq`;--> statement-breakpoint
DROP INDEX `movements_reference_unique`;--> statement-breakpoint
DROP INDEX `movements_audit_seq`;--> statement-breakpoint
DROP INDEX `movements_corrects`;--> statement-breakpoint
CREATE UNIQUE INDEX `movements_reference` ON `movements` (`reference`) WHERE reference IS NOT NULL;--> statement-breakpoint
CREATE INDEX `movements_corrects` ON `movements` (`corrects_movement_id`) WHERE corrects_movement_id IS NOT NULL;--> statement-breakpoint
DROP INDEX `review_exceptions_audit_seq`;--> statement-breakpoint
DROP INDEX `users_audit_seq`;