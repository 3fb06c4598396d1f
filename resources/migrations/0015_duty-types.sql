ALTER TABLE `claim_lines` ADD `tax_refund_4dp` integer;--> statement-breakpoint
ALTER TABLE `claim_lines` ADD `hmf_refund_4dp` integer;--> statement-breakpoint
ALTER TABLE `entry_lines` ADD `antidumping_4dp` integer;--> statement-breakpoint
ALTER TABLE `entry_lines` ADD `countervailing_4dp` integer;--> statement-breakpoint
ALTER TABLE `entry_lines` ADD `excise_tax_4dp` integer;--> statement-breakpoint
ALTER TABLE `export_lines` ADD `taxes_fees_if_imported_4dp` integer;