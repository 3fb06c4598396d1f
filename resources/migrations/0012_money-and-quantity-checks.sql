-- Money and quantities are exact integers, whatever writes them (19 CFR 190.51 amounts are kept
-- to 1/10,000 dollar, DESIGN.md section 4). A REAL or TEXT that the INTEGER column's affinity cannot
-- turn into an integer, a negative amount, a quantity of zero or less, or anything past 2^53 - 1
-- (9007199254740991: what a JS number reads back exactly) is refused before it is stored. Each
-- field's own, smaller bound is checked in its schema (src-shared/schemas/money-fields.ts).
-- Hand-written (drizzle-kit generate --custom); new money (_4dp) or quantity columns get one the same way.
CREATE TRIGGER entry_lines_exact_amounts BEFORE INSERT ON entry_lines BEGIN
  SELECT RAISE(ABORT, 'entry_lines.quantity must be a whole number of units from 1 to 9007199254740991') WHERE typeof(NEW.quantity) != 'integer' OR NEW.quantity < 1 OR NEW.quantity > 9007199254740991;
  SELECT RAISE(ABORT, 'entry_lines.entered_value_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE typeof(NEW.entered_value_4dp) != 'integer' OR NEW.entered_value_4dp < 0 OR NEW.entered_value_4dp > 9007199254740991;
  SELECT RAISE(ABORT, 'entry_lines.duty_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE typeof(NEW.duty_4dp) != 'integer' OR NEW.duty_4dp < 0 OR NEW.duty_4dp > 9007199254740991;
  SELECT RAISE(ABORT, 'entry_lines.mpf_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE typeof(NEW.mpf_4dp) != 'integer' OR NEW.mpf_4dp < 0 OR NEW.mpf_4dp > 9007199254740991;
  SELECT RAISE(ABORT, 'entry_lines.hmf_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE typeof(NEW.hmf_4dp) != 'integer' OR NEW.hmf_4dp < 0 OR NEW.hmf_4dp > 9007199254740991;
  SELECT RAISE(ABORT, 'entry_lines.other_fees_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE typeof(NEW.other_fees_4dp) != 'integer' OR NEW.other_fees_4dp < 0 OR NEW.other_fees_4dp > 9007199254740991;
END;
--> statement-breakpoint
CREATE TRIGGER export_lines_exact_amounts BEFORE INSERT ON export_lines BEGIN
  SELECT RAISE(ABORT, 'export_lines.quantity must be a whole number of units from 1 to 9007199254740991') WHERE typeof(NEW.quantity) != 'integer' OR NEW.quantity < 1 OR NEW.quantity > 9007199254740991;
  SELECT RAISE(ABORT, 'export_lines.duty_if_imported_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991 (or NULL)') WHERE NEW.duty_if_imported_4dp IS NOT NULL AND (typeof(NEW.duty_if_imported_4dp) != 'integer' OR NEW.duty_if_imported_4dp < 0 OR NEW.duty_if_imported_4dp > 9007199254740991);
END;
--> statement-breakpoint
CREATE TRIGGER claim_lines_exact_amounts BEFORE INSERT ON claim_lines BEGIN
  SELECT RAISE(ABORT, 'claim_lines.quantity must be a whole number of units from 1 to 9007199254740991') WHERE typeof(NEW.quantity) != 'integer' OR NEW.quantity < 1 OR NEW.quantity > 9007199254740991;
  SELECT RAISE(ABORT, 'claim_lines.duty_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE typeof(NEW.duty_4dp) != 'integer' OR NEW.duty_4dp < 0 OR NEW.duty_4dp > 9007199254740991;
  SELECT RAISE(ABORT, 'claim_lines.refund_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE typeof(NEW.refund_4dp) != 'integer' OR NEW.refund_4dp < 0 OR NEW.refund_4dp > 9007199254740991;
  SELECT RAISE(ABORT, 'claim_lines.mpf_refund_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991') WHERE typeof(NEW.mpf_refund_4dp) != 'integer' OR NEW.mpf_refund_4dp < 0 OR NEW.mpf_refund_4dp > 9007199254740991;
END;
--> statement-breakpoint
CREATE TRIGGER claim_events_exact_amounts BEFORE INSERT ON claim_events BEGIN
  SELECT RAISE(ABORT, 'claim_events.amount_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991 (or NULL)') WHERE NEW.amount_4dp IS NOT NULL AND (typeof(NEW.amount_4dp) != 'integer' OR NEW.amount_4dp < 0 OR NEW.amount_4dp > 9007199254740991);
END;
--> statement-breakpoint
CREATE TRIGGER movements_exact_amounts BEFORE INSERT ON movements BEGIN
  SELECT RAISE(ABORT, 'movements.quantity must be a whole number of units from 1 to 9007199254740991') WHERE typeof(NEW.quantity) != 'integer' OR NEW.quantity < 1 OR NEW.quantity > 9007199254740991;
END;
--> statement-breakpoint
CREATE TRIGGER allocations_exact_amounts BEFORE INSERT ON allocations BEGIN
  SELECT RAISE(ABORT, 'allocations.quantity must be a whole number of units from 1 to 9007199254740991') WHERE typeof(NEW.quantity) != 'integer' OR NEW.quantity < 1 OR NEW.quantity > 9007199254740991;
END;
