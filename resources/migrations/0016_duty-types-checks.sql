-- The duty-type amounts added in 0015 are exact integers like every other amount (0012): NULL (a row
-- written before the column existed, or an export that does not state it), else a whole number of
-- 1/10,000 dollar from 0 to 2^53 - 1. Hand-written (drizzle-kit generate --custom).
CREATE TRIGGER entry_lines_exact_duty_types BEFORE INSERT ON entry_lines BEGIN
  SELECT RAISE(ABORT, 'entry_lines.antidumping_4dp must be empty or a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE NEW.antidumping_4dp IS NOT NULL AND (typeof(NEW.antidumping_4dp) != 'integer' OR NEW.antidumping_4dp < 0 OR NEW.antidumping_4dp > 9007199254740991);
  SELECT RAISE(ABORT, 'entry_lines.countervailing_4dp must be empty or a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE NEW.countervailing_4dp IS NOT NULL AND (typeof(NEW.countervailing_4dp) != 'integer' OR NEW.countervailing_4dp < 0 OR NEW.countervailing_4dp > 9007199254740991);
  SELECT RAISE(ABORT, 'entry_lines.excise_tax_4dp must be empty or a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE NEW.excise_tax_4dp IS NOT NULL AND (typeof(NEW.excise_tax_4dp) != 'integer' OR NEW.excise_tax_4dp < 0 OR NEW.excise_tax_4dp > 9007199254740991);
END;
--> statement-breakpoint
CREATE TRIGGER claim_lines_exact_duty_types BEFORE INSERT ON claim_lines BEGIN
  SELECT RAISE(ABORT, 'claim_lines.tax_refund_4dp must be empty or a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE NEW.tax_refund_4dp IS NOT NULL AND (typeof(NEW.tax_refund_4dp) != 'integer' OR NEW.tax_refund_4dp < 0 OR NEW.tax_refund_4dp > 9007199254740991);
  SELECT RAISE(ABORT, 'claim_lines.hmf_refund_4dp must be empty or a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE NEW.hmf_refund_4dp IS NOT NULL AND (typeof(NEW.hmf_refund_4dp) != 'integer' OR NEW.hmf_refund_4dp < 0 OR NEW.hmf_refund_4dp > 9007199254740991);
END;
--> statement-breakpoint
CREATE TRIGGER export_lines_exact_duty_types BEFORE INSERT ON export_lines BEGIN
  SELECT RAISE(ABORT, 'export_lines.taxes_fees_if_imported_4dp must be empty or a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE NEW.taxes_fees_if_imported_4dp IS NOT NULL AND (typeof(NEW.taxes_fees_if_imported_4dp) != 'integer' OR NEW.taxes_fees_if_imported_4dp < 0 OR NEW.taxes_fees_if_imported_4dp > 9007199254740991);
END;
