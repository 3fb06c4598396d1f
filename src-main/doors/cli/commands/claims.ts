import type { Command } from 'commander';
import { AppError, type Result } from '../../../../src-shared/errors';
import {
  CLAIM_ACCOUNTING_METHODS,
  CLAIM_PROVISIONS,
  PACKAGE_FORMATS,
  PROVISION_LABELS,
  type PackageFormat,
  type ClaimDetail,
  type ClaimException,
  type ClaimSummary,
  type ClaimValidation,
  type Kpis,
} from '../../../../src-shared/domain/claims';
import { writeFileSync } from 'node:fs';
import { Option } from 'commander';
import { actingAs, CLI_DOOR, ledgerCommand, report, unwrap, withDesk, type CommonOptions, type PersonOptions } from '../cli-io';

type ClaimOptions = CommonOptions & PersonOptions;

const money = (amount: string) => `$${Number(amount.split('.')[0]).toLocaleString('en-US')}.${amount.split('.')[1] ?? '00'}`;

export function describeClaim(c: ClaimSummary | ClaimDetail): string {
  const lines = [
    `claim ${c.number} (${c.state}): ${PROVISION_LABELS[c.provision]}, exports ${c.periodStart} to ${c.periodEnd}, claim date ${c.claimDate}`,
    `  ${c.lines} lines, ${c.quantity} units; duty paid ${money(c.dutyPaid)}; refund ${money(c.dutyRefund)}${[
      ['excise tax', c.taxRefund],
      ['MPF', c.mpfRefund],
      ['HMF', c.hmfRefund],
    ]
      .filter(([, amount]) => amount !== '0.00')
      .map(([name, amount]) => ` + ${name} ${money(amount!)}`)
      .join('')} = ${money(c.totalRefund)}`,
  ];
  if (c.openExceptions > 0)
    lines.push(`  ${c.openExceptions} open exception${c.openExceptions === 1 ? '' : 's'} (approval is blocked until they are resolved)`);
  if ('exceptions' in c)
    for (const x of c.exceptions.filter((e) => e.state === 'open')) lines.push(`  exception ${x.id} [${x.kind}] owner ${x.owner}: ${x.message}`);
  return lines.join('\n');
}

const describeValidation = (v: ClaimValidation) =>
  v.ok
    ? `claim ${v.claimNumber} passes every rule`
    : [
        `claim ${v.claimNumber}: ${v.issues.length} problem${v.issues.length === 1 ? '' : 's'} (${v.raised} new in the exception queue)`,
        ...v.issues.map((i) => `  ${i.message}`),
      ].join('\n');

/** Claims from the command line: draft, check, move along, list. Approvals are made --as a named supervisor. */
export function registerClaimCommands(program: Command): void {
  const claim = program.command('claim').description('drawback claims: draft from allocations, validate, submit, approve, export');
  ledgerCommand(claim, 'draft', 'draft a claim from the unclaimed allocations of exports dated in the period')
    .requiredOption('--provision <provision>', CLAIM_PROVISIONS.join(', '))
    .requiredOption('--claimant <name>', 'who claims')
    .requiredOption('--from <yyyy-mm-dd>', 'first export date of the period')
    .requiredOption('--to <yyyy-mm-dd>', 'last export date of the period')
    .option('--claim-date <yyyy-mm-dd>', 'the planned filing date (today when left out)')
    .option(
      '--method <method>',
      `the accounting method you expect (${CLAIM_ACCOUNTING_METHODS.join(', ')}); the claim records the one its allocations used, and drafting is refused when they differ`,
    )
    .option('--include-mpf', 'claim the fees too (merchandise processing fee, harbor maintenance fee), where the provision allows')
    .action(
      async (
        o: CommonOptions & { provision: string; claimant: string; from: string; to: string; claimDate?: string; method?: string; includeMpf?: boolean },
      ) => {
        const input = {
          provision: o.provision,
          claimant: o.claimant,
          periodStart: o.from,
          periodEnd: o.to,
          claimDate: o.claimDate,
          accountingMethod: o.method,
          includeMpf: o.includeMpf ?? false,
        };
        await withDesk(o, (desk) => report(o, desk.dispatch('claims:draft', input, { actor: desk.system }), describeClaim));
      },
    );
  ledgerCommand(claim, 'validate', 'check the claim against every rule; problems go to the exception queue (exits 1 when there are any)')
    .argument('<number>', 'claim number, e.g. DD-2026-0001')
    .action(async (number: string, o: CommonOptions) => {
      await withDesk(o, (desk) => {
        if (!report(o, desk.dispatch('claims:validate', { claimNumber: number }, { actor: desk.system }), describeValidation).ok) process.exitCode = 1;
      });
    });
  for (const [name, description, channel] of [
    ['submit', 'submit a draft for a supervisor to review', 'claims:submit'],
    ['show', 'show a claim with its open exceptions', 'claims:get'],
  ] as const) {
    ledgerCommand(claim, name, description)
      .argument('<number>', 'claim number, e.g. DD-2026-0001')
      .action(async (number: string, o: CommonOptions) => {
        await withDesk(o, (desk) => report(o, desk.dispatch(channel, { claimNumber: number }, { actor: desk.system }), describeClaim));
      });
  }
  ledgerCommand(claim, 'approve', 'approve a claim in review, as a supervisor (not the one who drafted it); refused while any exception is open')
    .argument('<number>', 'claim number')
    .requiredOption('--as <username>', 'the approving supervisor')
    .requiredOption('--password-env <VAR>', "environment variable holding the supervisor's password")
    .option('--reason <text>', 'a note for the audit trail')
    .action(async (number: string, o: ClaimOptions & { reason?: string }) => {
      await withDesk(o, async (desk) =>
        report(o, await desk.invoke('claims:approve', { claimNumber: number, reason: o.reason }, await actingAs(desk, o)), describeClaim),
      );
    });
  ledgerCommand(claim, 'return', 'send a claim in review back to draft, as a supervisor, with the reason')
    .argument('<number>', 'claim number')
    .requiredOption('--as <username>', 'the supervisor')
    .requiredOption('--password-env <VAR>', "environment variable holding the supervisor's password")
    .requiredOption('--reason <text>', 'what must change')
    .action(async (number: string, o: ClaimOptions & { reason: string }) => {
      await withDesk(o, async (desk) =>
        report(o, await desk.invoke('claims:return', { claimNumber: number, reason: o.reason }, await actingAs(desk, o)), describeClaim),
      );
    });
  ledgerCommand(claim, 'export', 'write the claim package: JSON, CSV (one row per line), a worksheet grouped like the drawback claim records, or a PDF', {
    json: 'print what was written as JSON',
  })
    .argument('<number>', 'claim number')
    .addOption(new Option('--format <format>', 'package format').choices(PACKAGE_FORMATS).makeOptionMandatory())
    .option('--out <file>', 'where to write it (stdout for the text formats when left out)')
    .action(async (number: string, o: CommonOptions & { format: PackageFormat; out?: string }) => {
      if (!o.out && o.format === 'pdf')
        throw new AppError('VALIDATION', 'a PDF goes to a file: add --out FILE.pdf', [{ field: 'out', message: 'a PDF goes to a file: add --out FILE.pdf' }]);
      await withDesk(o, async (desk) => {
        const auth = { actor: desk.system, door: CLI_DOOR };
        const claim = unwrap(await desk.invoke('claims:get', { claimNumber: number }, auth));
        const file = unwrap(await desk.invoke('claims:export-package', { claimNumber: number, format: o.format }, auth));
        const bytes = Buffer.from(file.base64, 'base64');
        if (!o.out) {
          process.stdout.write(bytes);
          return;
        }
        writeFileSync(o.out, bytes);
        const written = {
          claimNumber: file.claimNumber,
          format: o.format,
          file: o.out,
          bytes: bytes.length,
          lines: claim.lines,
          totalRefund: claim.totalRefund,
        };
        report(
          o,
          { ok: true, value: written },
          (w) =>
            `wrote claim ${w.claimNumber} (${w.lines} lines, refund ${money(w.totalRefund)}) as ${w.format} to ${w.file} (${w.bytes.toLocaleString('en-US')} bytes)`,
        );
      });
    });
  ledgerCommand(claim, 'list', 'list claims, newest first')
    .option('--state <state>', 'only claims in this state')
    .action(async (o: CommonOptions & { state?: string }) => {
      await withDesk(o, (desk) =>
        report(o, desk.dispatch('claims:list', { state: o.state }, { actor: desk.system }), (list) => list.map(describeClaim).join('\n') || 'no claims yet'),
      );
    });
  const exceptions = program.command('exceptions').description('the claim exception queue: list, work the checklist, resolve');
  ledgerCommand(exceptions, 'list', 'open exceptions (with --all, resolved ones too)')
    .option('--claim <number>', 'one claim')
    .option('--all', 'resolved ones too')
    .action(async (o: CommonOptions & { claim?: string; all?: boolean }) => {
      const describe = (list: ClaimException[]) => list.map(describeException).join('\n') || 'no exceptions';
      await withDesk(o, (desk) =>
        report(
          o,
          desk.dispatch('exceptions:claim-queue', { claimNumber: o.claim, state: o.all ? 'all' : 'open', limit: 5_000 }, { actor: desk.system }),
          describe,
        ),
      );
    });
  ledgerCommand(exceptions, 'tick', 'tick (or with --undo, untick) checklist items of an exception')
    .argument('<id>', 'exception id')
    .option('--item <n...>', 'item numbers, 1 for the first (when left out, every item a person ticks; the desk ticks the ones it checks from the ledger)')
    .option('--undo', 'untick instead')
    .action(async (id: string, o: CommonOptions & { item?: string[]; undo?: boolean }) => {
      await withDesk(o, (desk) => {
        const queue = desk.dispatch('exceptions:claim-queue', { state: 'all', limit: 5_000 }, { actor: desk.system });
        const found = queue.ok ? queue.value.find((x) => x.id === id) : undefined;
        const items = o.item ? o.item.map((n) => Number(n) - 1) : (found?.checklist.flatMap((item, i) => (item.deskCheck === null ? [i] : [])) ?? [0]);
        let last: Result<ClaimException> | undefined;
        for (const itemIndex of items) {
          last = desk.dispatch('exceptions:tick', { exceptionId: id, itemIndex, done: !o.undo }, { actor: desk.system });
          if (!last.ok) break;
        }
        report(o, last!, describeException);
      });
    });
  ledgerCommand(exceptions, 'resolve', 'resolve an exception whose checklist is done, once the problem is really gone')
    .argument('<id>', 'exception id')
    .requiredOption('--note <text>', 'how it was resolved')
    .action(async (id: string, o: CommonOptions & { note: string }) => {
      await withDesk(o, (desk) => report(o, desk.dispatch('exceptions:resolve', { exceptionId: id, note: o.note }, { actor: desk.system }), describeException));
    });
  ledgerCommand(program, 'kpis', 'matching and claim figures: export lines matched automatically, open exceptions and their age, refund by period').action(
    async (o: CommonOptions) => {
      await withDesk(o, (desk) => report(o, desk.dispatch('claims:kpis', {}, { actor: desk.system }), describeKpis));
    },
  );
}

function describeException(x: ClaimException): string {
  const done = x.checklist.filter((i) => i.done).length;
  return `${x.id} ${x.state} [${x.kind}] claim ${x.claimNumber}${x.claimLineNo ? ` line ${x.claimLineNo}` : ''}, owner ${x.owner}, ${x.ageDays} days, checklist ${done}/${x.checklist.length}: ${x.message}`;
}

function describeKpis(k: Kpis): string {
  return [
    `export lines: ${k.exportLines}; matched automatically ${k.matchedAutomatically} (${k.automaticMatchShare}), by hand ${k.matchedManually}, in part ${k.partiallyMatched}, not matched ${k.unmatched}`,
    `open exceptions: ${k.openExceptions.reduce((n, x) => n + x.count, 0)} (under 7 days ${k.openExceptionAge.under7Days}, 7–30 days ${k.openExceptionAge.from7To30Days}, over 30 days ${k.openExceptionAge.over30Days})`,
    ...k.openExceptions.map((x) => `  ${x.kind}: ${x.count}, oldest ${x.oldestAgeDays} days`),
    'refund by period:',
    ...k.refundByPeriod.map((p) => `  ${p.period}: ${money(p.refund)} on ${p.claims} claim${p.claims === 1 ? '' : 's'}`),
  ].join('\n');
}
