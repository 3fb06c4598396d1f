import type { Command } from 'commander';
import { CLAIM_PROVISIONS } from '../../../../src-shared/domain/claims';
import { DESTINATION_EFFECTS, type DestinationRuleView, type HtsFact } from '../../../../src-shared/domain/reference-data';
import { AppError } from '../../../../src-shared/errors';
import { actingAs, report, withDesk, type CommonOptions, type PersonOptions, ledgerCommand } from '../cli-io';

const yesNo = (value: string): boolean => {
  const word = value.trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(word)) return true;
  if (['no', 'n', 'false', '0'].includes(word)) return false;
  throw new AppError('VALIDATION', `say yes or no (does the description begin with "other"?), not "${value}"`, [{ field: 'other', message: 'yes or no' }]);
};

const describeFact = (f: HtsFact) =>
  `${f.hts}  ${f.beginsWithOther ? 'begins with "other"' : 'does not begin with "other"'}${f.description ? `  "${f.description}"` : ''}  (${f.by}, ${f.at.slice(0, 10)}${f.source ? `, ${f.source}` : ''})`;
const describeRule = (r: DestinationRuleView) =>
  `${r.key} v${r.version}${r.retired ? ' (retired)' : ''}: ${r.country} ${r.provision} ${r.effect}${r.effect === 'reduced' ? ` to ${r.refundPercent}%` : ''}, exports ${r.effectiveFrom} to ${r.effectiveTo ?? 'open'} — ${r.citation}`;

/** Compliance reference data from the command line: the HTS "other" facts and the destination rules. */
export function registerReferenceCommands(program: Command): void {
  const hts = program
    .command('hts')
    .description('what the HTSUS says of the numbers the ledger uses: whether a description begins with "other" (19 CFR 190.2)');
  ledgerCommand(hts, 'list', 'the facts in force')
    .option('--prefix <digits>', 'only numbers starting with these digits')
    .action(async (o: CommonOptions & { prefix?: string }) => {
      await withDesk(o, (desk) =>
        report(
          o,
          desk.dispatch('reference:hts-facts', { prefix: o.prefix }, { actor: desk.system }),
          (list) => list.map(describeFact).join('\n') || 'no HTS facts recorded',
        ),
      );
    });
  ledgerCommand(hts, 'set-other', 'record whether the article description of an 8-digit subheading or a 10-digit number begins with "other"')
    .argument('<hts>', 'e.g. 6109.10.00 or 6109.10.0012')
    .argument('<yes|no>', 'does the description begin with "other"?')
    .option('--description <text>', 'the article description as the HTSUS prints it')
    .option('--source <text>', 'where it was read, e.g. HTSUS 2024 Basic Edition')
    .option('--as <user>', 'act as this person (a specialist or above)')
    .option('--password-env <VAR>', 'environment variable holding their password')
    .action(async (number: string, other: string, o: CommonOptions & PersonOptions & { description?: string; source?: string }) => {
      const input = { hts: number, beginsWithOther: yesNo(other), description: o.description, source: o.source };
      await withDesk(o, async (desk) =>
        report(o, await desk.invoke('reference:set-hts-fact', input, await actingAs(desk, o)), (f) => `recorded: ${describeFact(f)}`),
      );
    });

  const destinations = program.command('destinations').description('restrictions on drawback by destination (trade agreements), as reference data');
  ledgerCommand(destinations, 'list', 'the rules, newest version of each').action(async (o: CommonOptions) => {
    await withDesk(o, (desk) =>
      report(
        o,
        desk.dispatch('reference:destination-rules', {}, { actor: desk.system }),
        (list) => list.map(describeRule).join('\n') || 'no destination rules',
      ),
    );
  });
  ledgerCommand(destinations, 'set', 'write a new version of a rule (or a new rule); the old one stays on record')
    .argument('<key>', 'the rule, e.g. usmca-ca-j2')
    .requiredOption('--country <CC>', 'destination country, ISO 3166 alpha-2')
    .requiredOption('--provision <provision>', CLAIM_PROVISIONS.join(', '))
    .requiredOption('--effect <effect>', DESTINATION_EFFECTS.join(', '))
    .option('--percent <n>', 'for reduced: the percent of drawback still refunded')
    .requiredOption('--citation <text>', 'the law the rule comes from')
    .requiredOption('--from <yyyy-mm-dd>', 'first export date it applies to')
    .option('--to <yyyy-mm-dd>', 'last export date it applies to')
    .option('--retire', 'take the rule out of force')
    .requiredOption('--reason <text>', 'why the rule changes')
    .option('--as <user>', 'act as this person (a supervisor)')
    .option('--password-env <VAR>', 'environment variable holding their password')
    .action(
      async (
        key: string,
        o: CommonOptions &
          PersonOptions & {
            country: string;
            provision: string;
            effect: string;
            percent?: string;
            citation: string;
            from: string;
            to?: string;
            retire?: boolean;
            reason: string;
          },
      ) => {
        const input = {
          key,
          country: o.country,
          provision: o.provision,
          effect: o.effect,
          refundPercent: o.percent === undefined ? undefined : Number(o.percent),
          citation: o.citation,
          effectiveFrom: o.from,
          effectiveTo: o.to,
          retired: o.retire ?? false,
          reason: o.reason,
        };
        await withDesk(o, async (desk) =>
          report(o, await desk.invoke('reference:set-destination-rule', input, await actingAs(desk, o)), (r) => `recorded: ${describeRule(r)}`),
        );
      },
    );
}
