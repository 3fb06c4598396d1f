-- A claim records the accounting method its allocations actually used (19 CFR 190.14, 191.14(c)):
-- one of the approved methods, 'specific-lot' (every unit identified by the lot named at pick or by
-- a person), or 'designation' (substitution: imports designated, nothing identified). Free text is no
-- longer accepted. Claims drafted before keep their text (rows are append-only and audited); claim
-- validation compares it with the allocations and raises an exception where they disagree.
CREATE TRIGGER claims_accounting_method_valid BEFORE INSERT ON claims
WHEN NEW.accounting_method NOT IN ('fifo', 'lifo', 'low-to-high', 'low-to-high-turnover', 'low-to-high-blanket', 'average', 'specific-lot', 'designation')
BEGIN SELECT RAISE(ABORT, 'claims: accounting_method must be an approved accounting method, specific-lot or designation'); END;
