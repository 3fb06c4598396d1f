CREATE TABLE `destination_rules` (
	`id` integer PRIMARY KEY NOT NULL,
	`rule_key` text NOT NULL,
	`version` integer NOT NULL,
	`country` text NOT NULL,
	`provision` text NOT NULL,
	`effect` text NOT NULL,
	`refund_percent` integer,
	`citation` text NOT NULL,
	`effective_from` text NOT NULL,
	`effective_to` text,
	`retired` integer NOT NULL,
	`reason` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `destination_rules_key_version` ON `destination_rules` (`rule_key`,`version`);--> statement-breakpoint
CREATE TABLE `hts_facts` (
	`id` integer PRIMARY KEY NOT NULL,
	`hts` text NOT NULL,
	`begins_with_other` integer NOT NULL,
	`description` text,
	`source` text,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hts_facts_hts` ON `hts_facts` (`hts`);