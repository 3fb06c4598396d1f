CREATE TABLE `allocations` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`kind` text NOT NULL,
	`export_line_id` integer NOT NULL,
	`lot_id` integer NOT NULL,
	`quantity` integer NOT NULL,
	`basis` text NOT NULL,
	`releases_allocation_id` integer,
	`run_id` integer,
	`created_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`approver_id` integer,
	`reason` text,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`export_line_id`) REFERENCES `export_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `lots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`run_id`) REFERENCES `matching_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approver_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `allocations_uid_unique` ON `allocations` (`uid`);--> statement-breakpoint
CREATE INDEX `allocations_export_line` ON `allocations` (`export_line_id`);--> statement-breakpoint
CREATE INDEX `allocations_lot` ON `allocations` (`lot_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `allocations_releases` ON `allocations` (`releases_allocation_id`) WHERE releases_allocation_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `claim_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`claim_id` integer NOT NULL,
	`from_state` text,
	`to_state` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`approver_id` integer,
	`reason` text,
	`reference` text,
	`amount_4dp` integer,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approver_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_events_claim` ON `claim_events` (`claim_id`);--> statement-breakpoint
CREATE TABLE `claim_exceptions` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`claim_id` integer NOT NULL,
	`kind` text NOT NULL,
	`subject_key` text NOT NULL,
	`claim_line_no` integer,
	`message` text NOT NULL,
	`checklist_json` text NOT NULL,
	`owner_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_exceptions_uid_unique` ON `claim_exceptions` (`uid`);--> statement-breakpoint
CREATE INDEX `claim_exceptions_claim` ON `claim_exceptions` (`claim_id`);--> statement-breakpoint
CREATE TABLE `claim_line_exclusions` (
	`id` integer PRIMARY KEY NOT NULL,
	`claim_line_id` integer NOT NULL,
	`reason` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`claim_line_id`) REFERENCES `claim_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_line_exclusions_claim_line_id_unique` ON `claim_line_exclusions` (`claim_line_id`);--> statement-breakpoint
CREATE TABLE `claim_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`claim_id` integer NOT NULL,
	`line_no` integer NOT NULL,
	`allocation_id` integer NOT NULL,
	`export_line_id` integer NOT NULL,
	`lot_id` integer NOT NULL,
	`entry_line_id` integer NOT NULL,
	`quantity` integer NOT NULL,
	`duty_4dp` integer NOT NULL,
	`refund_4dp` integer NOT NULL,
	`mpf_refund_4dp` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`allocation_id`) REFERENCES `allocations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`export_line_id`) REFERENCES `export_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `lots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_line_id`) REFERENCES `entry_lines`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_lines_claim_line` ON `claim_lines` (`claim_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `claim_lines_entry_line` ON `claim_lines` (`entry_line_id`);--> statement-breakpoint
CREATE INDEX `claim_lines_export_line` ON `claim_lines` (`export_line_id`);--> statement-breakpoint
CREATE INDEX `claim_lines_allocation` ON `claim_lines` (`allocation_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`number` text NOT NULL,
	`provision` text NOT NULL,
	`accounting_method` text NOT NULL,
	`claimant` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`claim_date` text NOT NULL,
	`include_mpf` integer NOT NULL,
	`created_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_uid_unique` ON `claims` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `claims_number_unique` ON `claims` (`number`);--> statement-breakpoint
CREATE TABLE `exception_actions` (
	`id` integer PRIMARY KEY NOT NULL,
	`exception_id` integer NOT NULL,
	`action` text NOT NULL,
	`item_index` integer,
	`owner_id` integer,
	`note` text,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`exception_id`) REFERENCES `claim_exceptions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `exception_actions_exception` ON `exception_actions` (`exception_id`);--> statement-breakpoint
CREATE TABLE `export_documents` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`shipment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`reference` text NOT NULL,
	`document_date` text,
	`added_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`shipment_id`) REFERENCES `export_shipments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `export_documents_uid_unique` ON `export_documents` (`uid`);--> statement-breakpoint
CREATE INDEX `export_documents_shipment` ON `export_documents` (`shipment_id`);--> statement-breakpoint
CREATE TABLE `export_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`shipment_id` integer NOT NULL,
	`line_number` integer NOT NULL,
	`item_id` integer NOT NULL,
	`hts10` text NOT NULL,
	`schedule_b` text,
	`quantity` integer NOT NULL,
	`lot_code` text,
	`entry_number` text,
	`duty_if_imported_4dp` integer,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`shipment_id`) REFERENCES `export_shipments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `export_lines_uid_unique` ON `export_lines` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `export_lines_shipment_line` ON `export_lines` (`shipment_id`,`line_number`);--> statement-breakpoint
CREATE INDEX `export_lines_item` ON `export_lines` (`item_id`);--> statement-breakpoint
CREATE TABLE `export_shipments` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`reference` text NOT NULL,
	`export_date` text NOT NULL,
	`destination_country` text NOT NULL,
	`exporter` text NOT NULL,
	`declaration_reference` text,
	`carrier` text,
	`created_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `export_shipments_uid_unique` ON `export_shipments` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `export_shipments_reference_unique` ON `export_shipments` (`reference`);--> statement-breakpoint
CREATE TABLE `matching_runs` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`trigger` text NOT NULL,
	`policy_json` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL,
	`lines_considered` integer NOT NULL,
	`lines_matched` integer NOT NULL,
	`lines_partial` integer NOT NULL,
	`lines_unmatched` integer NOT NULL,
	`units_allocated` integer NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matching_runs_uid_unique` ON `matching_runs` (`uid`);