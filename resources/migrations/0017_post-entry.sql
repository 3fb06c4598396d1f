CREATE TABLE `duty_statements` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`statement_number` text NOT NULL,
	`version` integer NOT NULL,
	`kind` text NOT NULL,
	`statement_date` text NOT NULL,
	`due_date` text NOT NULL,
	`paid_date` text,
	`paid_4dp` integer,
	`content_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `duty_statements_uid_unique` ON `duty_statements` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `duty_statements_number_version` ON `duty_statements` (`statement_number`,`version`);--> statement-breakpoint
CREATE TABLE `entry_summaries` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`entry_number` text NOT NULL,
	`filer_code` text NOT NULL,
	`version` integer NOT NULL,
	`origin` text NOT NULL,
	`entry_type` text NOT NULL,
	`summary_date` text NOT NULL,
	`entry_date` text NOT NULL,
	`import_date` text NOT NULL,
	`release_date` text,
	`port_code` text NOT NULL,
	`broker` text NOT NULL,
	`importer` text NOT NULL,
	`bill_of_lading` text,
	`payment` text NOT NULL,
	`reconciliation_flag` integer NOT NULL,
	`scheduled_liquidation` text,
	`content_hash` text NOT NULL,
	`reason` text,
	`created_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_summaries_uid_unique` ON `entry_summaries` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `entry_summaries_entry_version` ON `entry_summaries` (`entry_number`,`version`);--> statement-breakpoint
CREATE TABLE `entry_summary_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`summary_id` integer NOT NULL,
	`line_number` integer NOT NULL,
	`description` text,
	`hts` text NOT NULL,
	`origin` text NOT NULL,
	`quantity_4dp` integer NOT NULL,
	`unit` text NOT NULL,
	`value_4dp` integer NOT NULL,
	`duty_rate` text NOT NULL,
	`duty_4dp` integer NOT NULL,
	`mpf_4dp` integer NOT NULL,
	`hmf_4dp` integer NOT NULL,
	`ad_4dp` integer NOT NULL,
	`cvd_4dp` integer NOT NULL,
	`adcvd_case` text,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`summary_id`) REFERENCES `entry_summaries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_summary_lines_line` ON `entry_summary_lines` (`summary_id`,`line_number`);--> statement-breakpoint
CREATE TABLE `follow_up_settlements` (
	`id` integer PRIMARY KEY NOT NULL,
	`liquidation_id` integer NOT NULL,
	`settled_on` text NOT NULL,
	`reference` text NOT NULL,
	`note` text,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`liquidation_id`) REFERENCES `liquidation_notices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_up_settlements_liquidation_id_unique` ON `follow_up_settlements` (`liquidation_id`);--> statement-breakpoint
CREATE TABLE `liquidation_notices` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`entry_number` text NOT NULL,
	`kind` text NOT NULL,
	`notice_date` text NOT NULL,
	`change` text,
	`amount_4dp` integer,
	`liquidated_total_4dp` integer,
	`extended_to` text,
	`reason` text,
	`content_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `liquidation_notices_uid_unique` ON `liquidation_notices` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `liquidation_notices_content` ON `liquidation_notices` (`entry_number`,`content_hash`);--> statement-breakpoint
CREATE TABLE `post_entry_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`value_json` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `post_entry_settings_key` ON `post_entry_settings` (`key`);--> statement-breakpoint
CREATE TABLE `pre_entries` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`entry_number` text NOT NULL,
	`version` integer NOT NULL,
	`shipment` text NOT NULL,
	`broker` text NOT NULL,
	`importer` text NOT NULL,
	`entry_type` text NOT NULL,
	`port_code` text NOT NULL,
	`bill_of_lading` text,
	`sent_on` text,
	`content_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pre_entries_uid_unique` ON `pre_entries` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `pre_entries_entry_version` ON `pre_entries` (`entry_number`,`version`);--> statement-breakpoint
CREATE TABLE `pre_entry_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`pre_entry_id` integer NOT NULL,
	`line_number` integer NOT NULL,
	`po_number` text NOT NULL,
	`po_line` integer NOT NULL,
	`hts` text NOT NULL,
	`origin` text NOT NULL,
	`quantity_4dp` integer NOT NULL,
	`unit` text NOT NULL,
	`value_4dp` integer NOT NULL,
	`duty_rate` text NOT NULL,
	`duty_4dp` integer NOT NULL,
	`mpf_4dp` integer NOT NULL,
	`hmf_4dp` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`pre_entry_id`) REFERENCES `pre_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pre_entry_lines_line` ON `pre_entry_lines` (`pre_entry_id`,`line_number`);--> statement-breakpoint
CREATE INDEX `pre_entry_lines_po` ON `pre_entry_lines` (`po_number`,`po_line`);--> statement-breakpoint
CREATE TABLE `statement_entries` (
	`id` integer PRIMARY KEY NOT NULL,
	`statement_id` integer NOT NULL,
	`entry_number` text NOT NULL,
	`preliminary_4dp` integer NOT NULL,
	`final_4dp` integer,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `duty_statements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_entries_entry` ON `statement_entries` (`statement_id`,`entry_number`);--> statement-breakpoint
CREATE INDEX `statement_entries_entry_number` ON `statement_entries` (`entry_number`);--> statement-breakpoint
CREATE TABLE `status_messages` (
	`id` integer PRIMARY KEY NOT NULL,
	`message_key` text NOT NULL,
	`entry_number` text,
	`bill_of_lading` text,
	`disposition_code` text NOT NULL,
	`category` text,
	`unknown_code` integer NOT NULL,
	`posted_at` text,
	`quantity` text,
	`port` text,
	`source` text NOT NULL,
	`source_ref` text NOT NULL,
	`raw` text NOT NULL,
	`audit_seq` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `status_messages_key` ON `status_messages` (`message_key`);--> statement-breakpoint
CREATE INDEX `status_messages_entry` ON `status_messages` (`entry_number`);--> statement-breakpoint
CREATE INDEX `status_messages_bill` ON `status_messages` (`bill_of_lading`) WHERE entry_number IS NULL;--> statement-breakpoint
CREATE INDEX `status_messages_release` ON `status_messages` (`entry_number`,`posted_at`) WHERE category = 'release';