import type { Command } from 'commander';
import {
  ACCOUNTING_METHOD_NAMES,
  ALLOCATION_ORDERS,
  EXPORT_DOCUMENT_KINDS,
  type Allocation,
  type MatchingRunStatus,
} from '../../../../src-shared/domain/exports';
import { AppError } from '../../../../src-shared/errors';
import { report, withDesk, type CommonOptions, ledgerCommand } from '../cli-io';

interface MatchOptions extends CommonOptions {
  method?: string;
  turnoverDays?: string;
  order?: string;
  substitution?: boolean;
  shipment?: string[];
  progress?: boolean;
}

/** Matching from the command line: the same worker-thread run the screens start, waited for here. */
export function registerMatchingCommands(program: Command): void {
  ledgerCommand(
    program,
    'match',
    'tie export lines to imported lots (direct identification first, then substitution if asked); prints what stayed unmatched and why',
  )
    .option(
      '--method <method>',
      `the approved accounting method commingled lots are identified by (19 CFR 191.14(c)): ${ACCOUNTING_METHOD_NAMES.join(', ')}; the desk's drawback.accounting-method setting when left out`,
    )
    .option('--turnover-days <n>', 'the inventory turnover period, for low-to-high-turnover (else the drawback.turnover-days setting)')
    .option('--substitution', 'after direct identification, designate other lots of the same 8-digit HTS and origin (never for destinations that exclude it)')
    .option('--order <order>', `the order substitutes are designated in, with --substitution: ${ALLOCATION_ORDERS.join(', ')}`)
    .option('--shipment <reference...>', 'only these shipments')
    .option('--progress', 'report progress on stderr even when it is not a terminal')
    .action(async (o: MatchOptions) => {
      await withDesk(o, async (desk) => {
        const tty = process.stderr.isTTY === true;
        const show = o.progress || tty;
        const stop = desk.onEvent((event, payload) => {
          if (event !== 'matching:run-changed' || !show) return;
          const s = payload as MatchingRunStatus;
          if (s.state === 'running' && s.total > 0)
            process.stderr.write(tty ? `\rmatching: ${s.done} of ${s.total} export lines` : `progress: ${s.done} of ${s.total} export lines\n`);
        });
        const policy = {
          method: o.method,
          turnoverDays: o.turnoverDays === undefined ? undefined : Number(o.turnoverDays),
          order: o.order,
          substitution: o.substitution ?? false,
        };
        const started = desk.dispatch('matching:start', { policy, shipmentReferences: o.shipment }, { actor: desk.system });
        if (!started.ok) throw new AppError(started.error.code, started.error.message, started.error.issues);
        const ended = await desk.matching.wait(started.value.runId);
        stop();
        if (show && tty) process.stderr.write('\n');
        if (ended.state !== 'done') throw new AppError('INTERNAL', ended.message ?? `matching ${ended.state}`);
        report(o, { ok: true, value: ended.summary! }, (s) =>
          [
            `matching run ${s.id} (${s.policy.method}${s.policy.substitution ? `, substitutes by ${s.policy.order}` : ''}): ${ended.message ?? 'done'}`,
            ...s.unmatched.map((u) => `  ${u.shipmentReference} line ${u.lineNumber}: ${u.reason}`),
          ].join('\n'),
        );
      });
    });
  ledgerCommand(program, 'allocations', 'list allocations in force (which lot each export line draws on)')
    .option('--shipment <reference>', 'one shipment')
    .option('--lot <code>', 'one lot')
    .action(async (o: CommonOptions & { shipment?: string; lot?: string }) => {
      const describe = (list: Allocation[]) =>
        list
          .map(
            (a) =>
              `${a.shipmentReference} line ${a.exportLineNumber} ← ${a.quantity} of ${a.sku} lot ${a.lotCode} (entry ${a.entryNumber} line ${a.entryLineNumber}, ${a.basis}, $${a.dutyPerUnit}/unit)`,
          )
          .join('\n') || 'no allocations';
      await withDesk(o, (desk) =>
        report(o, desk.dispatch('matching:allocations', { shipmentReference: o.shipment, lotCode: o.lot, limit: 10_000 }, { actor: desk.system }), describe),
      );
    });
  ledgerCommand(program, 'add-document', 'attach an export document (bill of lading, air waybill, EEI filing, ...) to a shipment')
    .requiredOption('--shipment <reference>', 'shipment reference')
    .requiredOption('--kind <kind>', EXPORT_DOCUMENT_KINDS.join(', '))
    .requiredOption('--reference <number>', 'the document number')
    .option('--date <yyyy-mm-dd>', 'the document date')
    .action(async (o: CommonOptions & { shipment: string; kind: string; reference: string; date?: string }) => {
      const input = { shipmentReference: o.shipment, kind: o.kind, reference: o.reference, documentDate: o.date };
      await withDesk(o, (desk) =>
        report(
          o,
          desk.dispatch('exports:add-document', input, { actor: desk.system }),
          (d) => `attached ${d.kind} ${d.reference} to shipment ${o.shipment.toUpperCase()}`,
        ),
      );
    });
}
