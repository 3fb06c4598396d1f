import type { Command } from 'commander';
import { readJsonFile } from '../cli-io';
import { parseCalendarInput } from '../../../engine/post-entry/calendar-input';
import { calendarJson, calendarTable, computeCalendar } from '../../../engine/post-entry/calendar-report';
import { workingCalendar } from '../../../engine/post-entry/working-days';
import { loadHolidays, loadPmsDates } from '../../../services/reference/post-entry-reference';

interface CalendarOptions {
  json?: boolean;
  holidays?: string;
  pmsDates?: string;
}

/**
 * `drawback-desk calendar FILE.json`: a pure calculator of each entry's post-entry deadlines (PSC
 * cut-off, deemed liquidation, protest, reconciliation, statement payment), each with its rule.
 * Needs no ledger; the holiday list and CBP's monthly statement dates come from the shipped
 * reference data unless other files are named.
 */
export function registerCalendarCommand(program: Command): void {
  program
    .command('calendar')
    .description('compute post-entry deadlines per entry (PSC, deemed liquidation, protest, reconciliation, statement payment) with the rule for each date')
    .argument(
      '<file>',
      'JSON file: { "entries": [ { "entry", "entryDate", "releaseDate", "scheduledLiquidation"?, "liquidationDate"?, "extendedLiquidation"?, "reconciliationFlagDate"?, "statement": "daily" | "monthly" } ] }',
    )
    .option('--json', 'print { "entries": [ { "entry", "pscDeadline", "deemedLiquidation", "protestDeadline"?, "reconciliationDue"?, "statementDue" } ] }')
    .option(
      '--holidays <file>',
      'federal holiday list to count working days with (default: the shipped resources/reference/post-entry/us-federal-holidays.json)',
    )
    .option('--pms-dates <file>', "CBP's published monthly statement dates (default: the shipped resources/reference/post-entry/cbp-pms-dates.json)")
    .action((file: string, o: CalendarOptions) => {
      const entries = parseCalendarInput(readJsonFile(file), file);
      const pms = loadPmsDates(o.pmsDates);
      const results = computeCalendar(entries, {
        calendar: workingCalendar(loadHolidays(o.holidays)),
        pmsDates: new Map(pms.months.map((m) => [m.month, { due: m.due, source: m.source ?? 'the monthly statement calendar file' }])),
      });
      process.stdout.write(o.json ? `${JSON.stringify(calendarJson(results), null, 2)}\n` : `${calendarTable(results)}\n`);
    });
}
