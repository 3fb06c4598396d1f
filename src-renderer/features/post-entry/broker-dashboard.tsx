import type { ECharts } from 'echarts/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { BrokerStats, CycleLeg } from '../../../src-shared/domain/post-entry';
import { asAppError } from '../../app/desk-error';
import { useDeskQuery } from '../../app/desk-query';
import { formatCount, isoDay } from '../../ui/format';
import { Problem } from '../../ui/problem';
import { saveDataUrl, saveText } from '../../ui/save-file';
import { BrokerChart, type BarChartOption } from './broker-chart';
import { brokerCsv, LEG_NAMES } from './broker-csv';

const LEGS = Object.keys(LEG_NAMES) as CycleLeg['leg'][];
const ratio = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const days = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${ratio.format(n)} days`);

function qualityOption(brokers: BrokerStats[]): BarChartOption {
  return {
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: brokers.map((b) => b.broker) },
    yAxis: [
      { type: 'value', name: 'per entry' },
      { type: 'value', name: 'variance %', max: 100, position: 'right' },
    ],
    series: [
      { type: 'bar', name: 'Re-filings per entry', data: brokers.map((b) => b.refilingsPerEntry) },
      { type: 'bar', name: 'Messages per entry', data: brokers.map((b) => b.messagesPerEntry) },
      { type: 'bar', name: 'Variance rate (%)', yAxisIndex: 1, data: brokers.map((b) => Math.round(b.varianceRate * 1000) / 10) },
    ],
  };
}

function cycleOption(brokers: BrokerStats[]): BarChartOption {
  return {
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: LEGS.map((l) => LEG_NAMES[l]) },
    yAxis: { type: 'value', name: 'average days' },
    // '-' is ECharts' "no value": no entry of the broker has both ends of that leg yet
    series: brokers.map((b) => ({ type: 'bar', name: b.broker, data: LEGS.map((l) => b.cycleTimes.find((c) => c.leg === l)?.averageDays ?? '-') })),
  };
}

/**
 * Broker performance per broker over a period (entries dated in it), at one port or all: entries,
 * re-filings and messages per entry, variance rate, cycle times, as a table and two ECharts charts;
 * the table exports as CSV and each chart as PNG, saved by the browser.
 */
export function BrokerDashboard() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [port, setPort] = useState('');
  const [broker, setBroker] = useState('');
  const query = { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(port ? { port } : {}) };
  const report = useDeskQuery('post-entry:brokers', query, { placeholderData: (held) => held });
  const all = useMemo(() => report.data?.brokers ?? [], [report.data]);
  const names = useMemo(() => [...new Set([...all.map((b) => b.broker), ...(broker ? [broker] : [])])].sort(), [all, broker]);
  const shown = useMemo(() => (broker ? all.filter((b) => b.broker === broker) : all), [all, broker]);
  const quality = useMemo(() => qualityOption(shown), [shown]);
  const cycles = useMemo(() => cycleOption(shown), [shown]);
  const charts = useRef<{ quality: ECharts | null; cycles: ECharts | null }>({ quality: null, cycles: null });
  const onQuality = useCallback((c: ECharts | null) => void (charts.current.quality = c), []);
  const onCycles = useCallback((c: ECharts | null) => void (charts.current.cycles = c), []);
  const period = `${from || 'start'}-to-${to || isoDay(new Date())}${port ? `-port-${port}` : ''}${broker ? `-${broker.replace(/[^A-Za-z0-9]+/g, '-')}` : ''}`;
  const png = (which: 'quality' | 'cycles') => {
    const chart = charts.current[which];
    if (chart) saveDataUrl(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), `broker-${which}-${period}.png`);
  };
  return (
    <section className="pe-brokers" aria-labelledby="pe-brokers-title">
      <h2 id="pe-brokers-title">Broker performance</h2>
      <form className="panel pe-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="pe-broker">Broker</label>
          <select id="pe-broker" value={broker} onChange={(e) => setBroker(e.target.value)}>
            <option value="">All brokers</option>
            {names.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pe-port">Port</label>
          <select id="pe-port" value={port} onChange={(e) => setPort(e.target.value)}>
            <option value="">All ports</option>
            {[...new Set([...(report.data?.ports ?? []), ...(port ? [port] : [])])].map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pe-from">Entries from</label>
          <input id="pe-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="pe-to">Entries to</label>
          <input id="pe-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </form>
      {report.error && <Problem title="The broker report could not be made" error={asAppError(report.error)} />}
      <p className="muted" role="status" aria-live="polite">
        {report.isPending
          ? 'Loading…'
          : `${formatCount(shown.length, 'broker')}, ${formatCount(
              shown.reduce((n, b) => n + b.entries, 0),
              'entry',
              'entries',
            )}`}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={shown.length === 0}
          onClick={() => saveText(brokerCsv(shown), `broker-performance-${period}.csv`, 'text/csv')}
        >
          Export table (CSV)
        </button>
        <button type="button" className="button" onClick={() => png('quality')}>
          Save quality chart (PNG)
        </button>
        <button type="button" className="button" onClick={() => png('cycles')}>
          Save cycle-time chart (PNG)
        </button>
      </div>
      <div className="pe-columns">
        <section className="panel" aria-label="Quality per entry">
          <h3>Re-filings, messages and variances</h3>
          <BrokerChart label="Chart: re-filings and messages per entry and variance rate, by broker" option={quality} onChart={onQuality} />
        </section>
        <section className="panel" aria-label="Cycle times">
          <h3>Cycle times (average days)</h3>
          <BrokerChart label="Chart: average days of each cycle leg, by broker" option={cycles} onChart={onCycles} />
        </section>
      </div>
      <table className="pe-table" aria-label="Broker performance">
        <thead>
          <tr>
            <th scope="col">Broker</th>
            <th scope="col">Entries</th>
            <th scope="col">Re-filings per entry</th>
            <th scope="col">Messages per entry</th>
            <th scope="col">Variance rate</th>
            {LEGS.map((l) => (
              <th key={l} scope="col">
                {LEG_NAMES[l]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((b) => (
            <tr key={b.broker}>
              <th scope="row">
                {b.broker} <span className="muted">({b.filerCodes.join(', ')})</span>
              </th>
              <td className="pe-number">{formatCount(b.entries, 'entry', 'entries')}</td>
              <td className="pe-number">{ratio.format(b.refilingsPerEntry)}</td>
              <td className="pe-number">{ratio.format(b.messagesPerEntry)}</td>
              <td className="pe-number">
                {percent.format(b.varianceRate)}{' '}
                <span className="muted">
                  ({b.entriesWithVariances} of {b.entriesCompared})
                </span>
              </td>
              {LEGS.map((l) => (
                <td key={l} className="pe-number">
                  {days(b.cycleTimes.find((c) => c.leg === l)?.averageDays)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {!report.isPending && shown.length === 0 && <p>No filed entries in this period{port ? ` at port ${port}` : ''}.</p>}
    </section>
  );
}
