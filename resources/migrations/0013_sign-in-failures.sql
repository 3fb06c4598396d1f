CREATE TABLE `sign_in_failures` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`door` text NOT NULL,
	`at` text NOT NULL,
	`audit_seq` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sign_in_failures_user` ON `sign_in_failures` (`user_id`);