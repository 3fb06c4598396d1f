import type { Command } from 'commander';
import { AppError } from '../../../../src-shared/errors';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../src-shared/contract';
import { report, withDesk, type CommonOptions } from '../cli-io';
import { brokerText, deadlineText, followUpText, statementText, timelineText, varianceText } from './post-entry-text';

/**
 * Post-entry tracking from the command line (issue 12): the variance report, deadlines with their
 * rules, broker performance, statements, liquidation follow-ups and an entry's timeline. Imports go
 * through `import pre-entries|entry-summaries|status|statements|liquidations FILE`.
 */
export function registerPostEntryCommands(program: Command): void {
  const run = async <C extends Channel>(o: CommonOptions, channel: C, input: ChannelInput<C>, human: (value: ChannelOutput<C>) => string): Promise<void> => {
    await withDesk(o, async (desk) => report(o, await desk.invoke(channel, input, { actor: desk.system }), human));
  };

  program
    .command('variances')
    .description('every difference between the pre-entry data and the filed entry summaries, by entry and line, with the desk tolerances and severities')
    .option('--entry <number>', 'one entry only, e.g. B76-0324527-8')
    .requiredOption('--db <file>', 'ledger file')
    .option('--json', 'machine-readable output')
    .action((o: CommonOptions & { entry?: string }) => run(o, 'post-entry:variances', o.entry ? { entryNumber: o.entry } : {}, varianceText));

  program
    .command('deadlines')
    .description(
      'post-entry deadlines of every filed entry (statement payment, PSC cut-off, deemed liquidation, protest, reconciliation), each with the rule that produced it',
    )
    .option(
      '--within [days]',
      'only what falls due within this many days (the alerts), soonest first; without a number, the alert days of the post-entry settings',
    )
    .option('--entry <number>', 'one entry only')
    .option('--today <date>', 'count days from this date (YYYY-MM-DD) instead of today')
    .requiredOption('--db <file>', 'ledger file')
    .option('--json', 'machine-readable output')
    .action((o: CommonOptions & { within?: string | true; entry?: string; today?: string }) => {
      if (typeof o.within === 'string' && !/^\d+$/.test(o.within))
        throw new AppError('VALIDATION', `--within takes a whole number of days, not "${o.within}"`, [{ field: 'within', message: 'e.g. --within 30' }]);
      const query = { ...(o.entry ? { entryNumber: o.entry } : {}), ...(o.today ? { today: o.today } : {}) };
      return withDesk(o, async (desk) => {
        const ask = <C extends Channel>(channel: C, input: ChannelInput<C>) => desk.invoke(channel, input, { actor: desk.system });
        let within = typeof o.within === 'string' ? Number(o.within) : undefined;
        if (o.within === true) {
          const settings = await ask('post-entry:settings', {});
          if (!settings.ok) throw new AppError(settings.error.code, settings.error.message);
          within = settings.value.alertDays;
        }
        report(o, await ask('post-entry:deadlines', { ...query, ...(within !== undefined ? { within } : {}) }), deadlineText);
      });
    });

  program
    .command('brokers')
    .description('broker performance over entries dated in a period: entries, re-filings and messages per entry, variance rate, cycle times')
    .option('--from <date>', 'entries dated from (YYYY-MM-DD)')
    .option('--to <date>', 'entries dated to (YYYY-MM-DD)')
    .option('--port <code>', 'only entries filed at this port (4-digit Schedule D code)')
    .requiredOption('--db <file>', 'ledger file')
    .option('--json', 'machine-readable output')
    .action((o: CommonOptions & { from?: string; to?: string; port?: string }) =>
      run(o, 'post-entry:brokers', { ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}), ...(o.port ? { port: o.port } : {}) }, brokerText),
    );

  program
    .command('statements')
    .description('daily and monthly statements with their entries matched, and every difference between preliminary, final, filed and paid amounts')
    .requiredOption('--db <file>', 'ledger file')
    .option('--json', 'machine-readable output')
    .action((o: CommonOptions) => run(o, 'post-entry:statements', {}, statementText));

  program
    .command('follow-ups')
    .description('liquidations whose amount differs from what was paid: bills to pay and refunds to collect')
    .requiredOption('--db <file>', 'ledger file')
    .option('--json', 'machine-readable output')
    .action((o: CommonOptions) => run(o, 'post-entry:follow-ups', {}, followUpText));

  program
    .command('timeline')
    .description("one entry's post-entry life in time order: pre-entry, filings, status messages, statements, liquidation")
    .argument('<entry>', 'the entry number, e.g. B76-0324527-8')
    .requiredOption('--db <file>', 'ledger file')
    .option('--json', 'machine-readable output')
    .action((entry: string, o: CommonOptions) => run(o, 'post-entry:timeline', { entryNumber: entry }, timelineText));
}
