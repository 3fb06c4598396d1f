import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the dashboard draws (bars, axes, legend, tooltip) and the canvas renderer: a small bundle.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

interface BrokerChartProps {
  label: string;
  option: BarChartOption;
  /** the chart once drawn, for its PNG (getDataURL) */
  onChart(chart: echarts.ECharts | null): void;
}

/**
 * One ECharts bar chart on a canvas. No animation: a PNG saved right after a filter shows the new
 * numbers. The tooltip is drawn on the canvas too (richText): the desk's content security policy
 * refuses the inline styles of an HTML tooltip.
 */
export function BrokerChart({ label, option, onChart }: BrokerChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const el = box.current!;
    const c = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = c;
    onChart(c);
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      onChart(null);
      c.dispose();
      chart.current = null;
    };
  }, [onChart]);
  useEffect(() => {
    chart.current?.setOption({ animation: false, tooltip: { trigger: 'axis', renderMode: 'richText' }, ...option }, { notMerge: true });
  }, [option]);
  return <div ref={box} className="pe-chart" role="img" aria-label={label} />;
}
