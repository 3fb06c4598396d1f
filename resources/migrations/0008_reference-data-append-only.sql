-- Reference data is append-only like the rest of the ledger: a correction is a new version row, the
-- newest in force, every earlier one kept with who wrote it.
CREATE TRIGGER destination_rules_no_update BEFORE UPDATE ON destination_rules BEGIN SELECT RAISE(ABORT, 'destination_rules is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER destination_rules_no_delete BEFORE DELETE ON destination_rules BEGIN SELECT RAISE(ABORT, 'destination_rules is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER hts_facts_no_update BEFORE UPDATE ON hts_facts BEGIN SELECT RAISE(ABORT, 'hts_facts is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER hts_facts_no_delete BEFORE DELETE ON hts_facts BEGIN SELECT RAISE(ABORT, 'hts_facts is append-only'); END;
--> statement-breakpoint
-- The values the rules read are checked where they are stored, whichever code path wrote them.
CREATE TRIGGER destination_rules_valid BEFORE INSERT ON destination_rules
WHEN NEW.effect NOT IN ('excluded', 'reduced', 'limited') OR NEW.retired NOT IN (0, 1) OR length(NEW.country) != 2
  OR (NEW.effect = 'reduced' AND (NEW.refund_percent IS NULL OR NEW.refund_percent < 0 OR NEW.refund_percent > 100))
  OR (NEW.effective_to IS NOT NULL AND NEW.effective_to < NEW.effective_from)
BEGIN SELECT RAISE(ABORT, 'destination_rules: effect, country, refund percent or dates out of range'); END;
--> statement-breakpoint
CREATE TRIGGER hts_facts_valid BEFORE INSERT ON hts_facts
WHEN NEW.begins_with_other NOT IN (0, 1) OR length(NEW.hts) NOT IN (8, 10) OR NEW.hts GLOB '*[^0-9]*'
BEGIN SELECT RAISE(ABORT, 'hts_facts: an HTS number of 8 or 10 digits and a 0/1 flag are required'); END;
