import { exportShipmentInputSchema, type ExportShipmentInput } from '../../../src-shared/schemas/export-inputs';
import { AppError } from '../../../src-shared/errors';
import { writeShipment } from '../exports/exports-service';
import { planShipmentLines } from '../exports/plan-shipment';
import { getShipment, type NewExportLine } from '../../ledger/repos/exports-repo';
import { formatAmount } from '../../../src-shared/money';
import { toSchemaInput } from './field-values';
import { columnsFor, SHIPMENT_HEADER_COLUMNS, SHIPMENT_LINE_COLUMNS } from './import-kinds';
import { describeRef, type RowRef } from './import-issues';
import { canWrite, firstInFile, type ImportRun, type RowImporter } from './import-run';
import { schemaIssues } from './schema-issues';

interface Candidate {
  input: Record<string, unknown>;
  rows: number;
  at: RowRef;
  locate(path: (string | number)[]): { at: RowRef; field: string };
}

const pick = (values: Record<string, unknown>, names: readonly { name: string }[]) =>
  Object.fromEntries(names.filter((c) => values[c.name] !== undefined).map((c) => [c.name, values[c.name]]));
const shown = (v: unknown) => JSON.stringify(typeof v === 'string' ? v.trim() : (v ?? ''));

/** Export shipments CSV: one row per shipment line, the header repeated on each (as entries are). */
export function exportCsvImporter(run: ImportRun): RowImporter {
  const columns = columnsFor('exports', 'csv');
  const groups = new Map<string, { header: Record<string, unknown>; at: RowRef; lines: { values: Record<string, unknown>; at: RowRef }[] }>();
  return {
    row(raw, at) {
      const values = toSchemaInput(columns, raw, run.issues, at);
      const key = typeof values.reference === 'string' ? values.reference.trim().toUpperCase() : '';
      if (key === '') return run.issues.add(at, 'reference', 'reference is required');
      const header = pick(values, SHIPMENT_HEADER_COLUMNS);
      const group = groups.get(key);
      if (!group) return void groups.set(key, { header, at, lines: [{ values: pick(values, SHIPMENT_LINE_COLUMNS), at }] });
      for (const { name } of SHIPMENT_HEADER_COLUMNS) {
        if (shown(header[name]) !== shown(group.header[name]))
          run.issues.add(
            at,
            name,
            `shipment ${key} says ${shown(group.header[name])} on ${describeRef(group.at)} but ${shown(header[name])} here; every row of a shipment repeats the same header`,
          );
      }
      group.lines.push({ values: pick(values, SHIPMENT_LINE_COLUMNS), at });
    },
    finish() {
      const seen = new Map<string, RowRef>();
      for (const group of groups.values()) {
        const documents = (group.header.documents as string[] | undefined)?.map((d) => {
          const [kind, ...number] = d.split(':');
          return { kind: kind?.trim(), reference: number.join(':').trim() };
        });
        importShipment(run, seen, {
          input: { ...group.header, documents: documents ?? [], lines: group.lines.map((l) => l.values) },
          rows: group.lines.length,
          at: group.at,
          locate(path) {
            const line = path[0] === 'lines' && typeof path[1] === 'number' ? group.lines[path[1]] : undefined;
            return line ? { at: line.at, field: path.slice(2).join('.') || 'lineNumber' } : { at: group.at, field: path.join('.') };
          },
        });
      }
    },
  };
}

/** Export shipments JSON: an array of shipments, each with its `lines` and `documents`. */
export function exportJsonImporter(run: ImportRun): RowImporter {
  const columns = columnsFor('exports', 'json');
  const seen = new Map<string, RowRef>();
  return {
    row(raw, at) {
      const input = toSchemaInput(columns, raw, run.issues, at);
      importShipment(run, seen, { input, rows: 1, at, locate: (path) => ({ at, field: path.join('.') }) });
    },
    finish() {},
  };
}

/** Validates one shipment; records it, or counts it unchanged, or refuses one that differs from the ledger's. */
function importShipment(run: ImportRun, seen: Map<string, RowRef>, candidate: Candidate): void {
  const parsed = exportShipmentInputSchema.safeParse(candidate.input);
  if (!parsed.success) {
    for (const issue of schemaIssues(parsed.error, candidate.input)) {
      const { at, field } = candidate.locate(issue.path);
      run.issues.add(at, field || 'row', issue.message);
    }
    return;
  }
  const shipment = parsed.data;
  if (!firstInFile(run, seen, shipment.reference, candidate.at, 'reference', `shipment ${shipment.reference}`)) return;
  const { lines: planned, issues } = planShipmentLines(run.db, shipment, () => '');
  for (const issue of issues) {
    const { at, field } = candidate.locate(issue.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    run.issues.add(at, field, issue.message);
  }
  if (issues.length > 0) return;
  const stored = getShipment(run.db, shipment.reference);
  if (stored && sameShipment(stored, shipment, planned)) run.counts.unchanged += candidate.rows;
  else if (stored)
    run.issues.add(
      candidate.at,
      'reference',
      `shipment ${shipment.reference} is already recorded with different content; an import never changes a shipment: correct the file, or add documents at the desk`,
    );
  else {
    if (canWrite(run)) {
      try {
        writeShipment(run.ctx, run.actor, shipment, run.seq);
        run.shipments?.push(shipment.reference);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        run.issues.add(candidate.at, 'reference', error.message);
      }
    }
    run.counts.written += candidate.rows;
  }
}

/** True when the file says what the ledger holds: the header and every line, quantities in the item's unit. */
function sameShipment(stored: NonNullable<ReturnType<typeof getShipment>>, input: ExportShipmentInput, planned: NewExportLine[]): boolean {
  const head = (s: { exportDate: string; destinationCountry: string; exporter: string; declarationReference?: string | null; carrier?: string | null }) =>
    `${s.exportDate}|${s.destinationCountry}|${s.exporter}|${s.declarationReference ?? ''}|${s.carrier ?? ''}`;
  const storedLines = stored.lines.map((l) =>
    [l.lineNumber, l.sku, l.hts, l.quantity, l.lotCode ?? '', l.entryNumber ?? '', l.dutyIfImported ?? '', l.taxesFeesIfImported ?? ''].join('|'),
  );
  const fileLines = planned.map((l, i) =>
    [
      l.lineNumber,
      input.lines[i]!.sku,
      l.hts10,
      l.quantity,
      l.lotCode ?? '',
      l.entryNumber ?? '',
      l.dutyIfImported4dp === null ? '' : formatAmount(BigInt(l.dutyIfImported4dp)),
      l.taxesFeesIfImported4dp === null ? '' : formatAmount(BigInt(l.taxesFeesIfImported4dp)),
    ].join('|'),
  );
  return head(stored) === head(input) && storedLines.sort().join('\n') === fileLines.sort().join('\n');
}
