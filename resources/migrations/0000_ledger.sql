CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`approver` text,
	`action` text NOT NULL,
	`subject` text NOT NULL,
	`before_json` text,
	`after_json` text,
	`reason` text,
	`rows_digest` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `entry_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`entry_id` integer NOT NULL,
	`line_number` integer NOT NULL,
	`hts10` text NOT NULL,
	`quantity` integer NOT NULL,
	`uom` text NOT NULL,
	`entered_value_4dp` integer NOT NULL,
	`duty_4dp` integer NOT NULL,
	`mpf_4dp` integer NOT NULL,
	`hmf_4dp` integer NOT NULL,
	`other_fees_4dp` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `import_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_lines_entry_line` ON `entry_lines` (`entry_id`,`line_number`);--> statement-breakpoint
CREATE INDEX `entry_lines_audit_seq` ON `entry_lines` (`audit_seq`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`rows_read` integer NOT NULL,
	`imported_at` text NOT NULL,
	`audit_seq` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_batches_kind_sha` ON `import_batches` (`kind`,`sha256`);--> statement-breakpoint
CREATE INDEX `import_batches_audit_seq` ON `import_batches` (`audit_seq`);--> statement-breakpoint
CREATE TABLE `import_entries` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`entry_number` text NOT NULL,
	`entry_type` text NOT NULL,
	`entry_date` text NOT NULL,
	`import_date` text NOT NULL,
	`port_code` text NOT NULL,
	`importer` text NOT NULL,
	`broker` text NOT NULL,
	`bill_of_lading` text,
	`containers_json` text NOT NULL,
	`purchase_orders_json` text NOT NULL,
	`reconciliation_flag` integer NOT NULL,
	`created_at` text NOT NULL,
	`audit_seq` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_entries_uid_unique` ON `import_entries` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `import_entries_entry_number_unique` ON `import_entries` (`entry_number`);--> statement-breakpoint
CREATE INDEX `import_entries_audit_seq` ON `import_entries` (`audit_seq`);--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`description` text NOT NULL,
	`hts10` text NOT NULL,
	`country_of_origin` text NOT NULL,
	`uom` text NOT NULL,
	`drawback_eligible` integer NOT NULL,
	`gtin` text,
	`created_at` text NOT NULL,
	`audit_seq` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `items_sku_unique` ON `items` (`sku`);--> statement-breakpoint
CREATE INDEX `items_audit_seq` ON `items` (`audit_seq`);--> statement-breakpoint
CREATE INDEX `items_gtin` ON `items` (`gtin`);--> statement-breakpoint
CREATE TABLE `locations` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`description` text NOT NULL,
	`drawback_segregated` integer NOT NULL,
	`audit_seq` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `locations_code_unique` ON `locations` (`code`);--> statement-breakpoint
CREATE INDEX `locations_audit_seq` ON `locations` (`audit_seq`);--> statement-breakpoint
CREATE TABLE `lots` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`item_id` integer NOT NULL,
	`lot_code` text NOT NULL,
	`entry_line_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_line_id`) REFERENCES `entry_lines`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lots_uid_unique` ON `lots` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `lots_item_lot` ON `lots` (`item_id`,`lot_code`);--> statement-breakpoint
CREATE INDEX `lots_entry_line` ON `lots` (`entry_line_id`);--> statement-breakpoint
CREATE INDEX `lots_audit_seq` ON `lots` (`audit_seq`);--> statement-breakpoint
CREATE TABLE `movements` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`kind` text NOT NULL,
	`lot_id` integer NOT NULL,
	`quantity` integer NOT NULL,
	`from_location_id` integer,
	`from_bucket` text,
	`to_location_id` integer,
	`to_bucket` text,
	`corrects_movement_id` integer,
	`reference` text,
	`occurred_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`approver_id` integer,
	`reason` text,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`lot_id`) REFERENCES `lots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approver_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `movements_uid_unique` ON `movements` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `movements_reference_unique` ON `movements` (`reference`);--> statement-breakpoint
CREATE INDEX `movements_lot` ON `movements` (`lot_id`);--> statement-breakpoint
CREATE INDEX `movements_audit_seq` ON `movements` (`audit_seq`);--> statement-breakpoint
CREATE INDEX `movements_corrects` ON `movements` (`corrects_movement_id`);--> statement-breakpoint
CREATE TABLE `review_exceptions` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`kind` text NOT NULL,
	`message` text NOT NULL,
	`entry_line_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`movement_id` integer,
	`created_at` text NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`entry_line_id`) REFERENCES `entry_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`movement_id`) REFERENCES `movements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_exceptions_uid_unique` ON `review_exceptions` (`uid`);--> statement-breakpoint
CREATE INDEX `review_exceptions_audit_seq` ON `review_exceptions` (`audit_seq`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`audit_seq` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_audit_seq` ON `users` (`audit_seq`);