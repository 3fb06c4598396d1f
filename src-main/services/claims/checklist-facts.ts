import type { ClaimException } from '../../../src-shared/domain/claims';
import { convertToBase } from '../../../src-shared/units';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { toExceptions, type ExceptionRow } from '../../ledger/repos/claim-exceptions-repo';
import { claimLineExcluded, entryLineFit, exportLineFit } from '../../ledger/repos/claim-facts-repo';
import { subjectOf, type ExceptionSubject } from '../../ledger/repos/exception-subjects';
import { findShipmentById, hasProofOfExport } from '../../ledger/repos/exports-repo';
import { deskCheckOf, type DeskCheck } from './exception-checklists';

/** What the ledger says about a desk-checked item now, and what the desk waits for, in words. */
export interface DeskFact {
  done: boolean;
  description: string;
}

/**
 * The ledger's answers to desk-checked checklist items, asked once per subject within one request.
 * A subject a check cannot read (a rule that names its subject differently) gives no fact: the item is
 * then the person's to tick, as before.
 */
export class ChecklistFacts {
  private readonly known = new Map<string, DeskFact | null>();

  constructor(private readonly db: Sqlite) {}

  fact(check: DeskCheck, row: Pick<ExceptionRow, 'claim_id' | 'subject_key' | 'claim_line_no'>): DeskFact | null {
    const subject = subjectOf(row.subject_key, row.claim_line_no);
    const key = `${check}|${row.claim_id}|${subject.scope}:${subject.id}`;
    if (!this.known.has(key)) this.known.set(key, this.read(check, row.claim_id, subject));
    return this.known.get(key)!;
  }

  private read(check: DeskCheck, claimId: number, subject: ExceptionSubject): DeskFact | null {
    if (subject.id === null) return null;
    const { db } = this;
    if (check === 'proof-of-export' && subject.scope === 'shipment') {
      const s = findShipmentById(db, subject.id);
      // 19 CFR 190.72: which documents prove export is decided in one place (hasProofOfExport)
      return s
        ? {
            done: hasProofOfExport(db, subject.id),
            description: `ticked by the desk once a document that proves export (19 CFR 190.72) is attached to shipment ${s.reference}`,
          }
        : null;
    }
    if (check === 'entry-line-quantity-fits' && subject.scope === 'entry-line') {
      const l = entryLineFit(db, subject.id);
      if (!l) return null;
      const imported = convertToBase(l.quantity, l.uom, l.item_uom ?? l.uom) ?? l.quantity;
      return {
        done: l.claimed <= imported,
        description: `ticked by the desk once the claims in force on entry ${l.entry_number} line ${l.line_number} take no more than the ${imported.toLocaleString('en-US')} units it imported (now ${l.claimed.toLocaleString('en-US')})`,
      };
    }
    if (check === 'export-line-quantity-fits' && subject.scope === 'export-line') {
      const x = exportLineFit(db, subject.id);
      if (!x) return null;
      return {
        done: x.claimed <= x.quantity,
        description: `ticked by the desk once the claims in force on shipment ${x.reference} line ${x.line_number} use no more than the ${x.quantity.toLocaleString('en-US')} units it exported (now ${x.claimed.toLocaleString('en-US')})`,
      };
    }
    if (check === 'line-excluded' && subject.scope === 'line') {
      const l = claimLineExcluded(db, claimId, subject.id);
      return l ? { done: l.excluded === 1, description: `ticked by the desk once claim line ${subject.id} is excluded from the claim` } : null;
    }
    return null;
  }
}

/**
 * The desk-checked item at `index` of an exception, with the ledger's answer; null for an item the
 * person ticks by hand.
 */
export function deskItem(facts: ChecklistFacts, row: ExceptionRow, index: number): (DeskFact & { text: string }) | null {
  const text = (JSON.parse(row.checklist_json) as string[])[index];
  const check = text === undefined ? null : deskCheckOf(row.kind, text);
  const fact = check ? facts.fact(check, row) : null;
  return fact ? { ...fact, text: text! } : null;
}

/**
 * Exceptions as the screens and the queue show them: the person's ticks replayed (toExceptions), and
 * every desk-checked item ticked or not from the ledger's facts as they are now.
 */
export function exceptionsWithFacts(db: Sqlite, rows: ExceptionRow[], now: Date): ClaimException[] {
  const facts = new ChecklistFacts(db);
  return toExceptions(db, rows, now).map((x, n) => ({
    ...x,
    checklist: x.checklist.map((item, i) => {
      const desk = deskItem(facts, rows[n]!, i);
      return desk ? { text: item.text, done: desk.done, by: null, at: null, deskCheck: desk.description } : item;
    }),
  }));
}
