CREATE TABLE `ledger_meta` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`keyed_from_seq` integer NOT NULL,
	`key_seal` text NOT NULL,
	CONSTRAINT "ledger_meta_one_row" CHECK("ledger_meta"."id" = 1)
);
