CREATE TABLE `print_attempts` (
	`id` integer PRIMARY KEY NOT NULL,
	`job_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`error` text,
	`retryable` integer,
	`may_have_printed` integer,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `print_jobs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `print_attempts_job` ON `print_attempts` (`job_id`);--> statement-breakpoint
CREATE TABLE `print_jobs` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`sscc_id` integer NOT NULL,
	`label_json` text NOT NULL,
	`format` text NOT NULL,
	`dpi` integer NOT NULL,
	`printer` text NOT NULL,
	`reprint_of_job_id` integer,
	`reprint_reason` text,
	`requested_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`sscc_id`) REFERENCES `sscc_allocations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `print_jobs_uid_unique` ON `print_jobs` (`uid`);--> statement-breakpoint
CREATE INDEX `print_jobs_sscc` ON `print_jobs` (`sscc_id`);--> statement-breakpoint
CREATE TABLE `rfid_tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`epc` text NOT NULL,
	`sscc_id` integer NOT NULL,
	`lot_id` integer NOT NULL,
	`reader` text NOT NULL,
	`written_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`sscc_id`) REFERENCES `sscc_allocations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `lots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rfid_tags_epc_unique` ON `rfid_tags` (`epc`);--> statement-breakpoint
CREATE INDEX `rfid_tags_lot` ON `rfid_tags` (`lot_id`);--> statement-breakpoint
CREATE TABLE `setting_changes` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `setting_changes_key` ON `setting_changes` (`key`);--> statement-breakpoint
CREATE TABLE `sscc_allocations` (
	`id` integer PRIMARY KEY NOT NULL,
	`sscc` text NOT NULL,
	`company_prefix` text NOT NULL,
	`extension_digit` integer NOT NULL,
	`serial` integer NOT NULL,
	`lot_id` integer NOT NULL,
	`movement_id` integer,
	`allocated_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`lot_id`) REFERENCES `lots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`movement_id`) REFERENCES `movements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sscc_allocations_sscc_unique` ON `sscc_allocations` (`sscc`);--> statement-breakpoint
CREATE UNIQUE INDEX `sscc_allocations_serial` ON `sscc_allocations` (`company_prefix`,`extension_digit`,`serial`);--> statement-breakpoint
CREATE INDEX `sscc_allocations_lot` ON `sscc_allocations` (`lot_id`);