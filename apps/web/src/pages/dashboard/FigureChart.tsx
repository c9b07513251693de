import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { ChartModel, Drill } from './dashboard-figures';

// Only what the dashboard draws (bars, a line, axes, legend, tooltip) goes into the bundle.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  model: ChartModel;
  /** Categories down the side (a ranking), best first. */
  horizontal?: boolean;
  /** Values are percentages (0–100). */
  percentAxis?: boolean;
  height?: number;
  onDrill: (drill: Drill) => void;
}

/** One chart of the dashboard: the model's series as ECharts draws them; a click on a point opens its drill-down. */
export function FigureChart({ model, horizontal = false, percentAxis = false, height = 320, onDrill }: Props) {
  const option = useMemo(() => {
    const categoryAxis = { type: 'category' as const, data: model.categories, inverse: horizontal, axisLabel: { interval: horizontal ? 0 : ('auto' as const), hideOverlap: true, width: horizontal ? 110 : 140, overflow: 'truncate' as const } };
    const valueAxis = { type: 'value' as const, minInterval: 1, ...(percentAxis ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}) };
    return {
      tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
      legend: model.series.length > 1 ? { top: 0 } : undefined,
      grid: { left: 8, right: 24, top: model.series.length > 1 ? 36 : 12, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: model.series.map((s) => ({
        name: s.name,
        type: s.kind,
        stack: s.stack,
        data: s.data,
        itemStyle: s.color ? { color: s.color } : undefined,
        lineStyle: s.color ? { color: s.color } : undefined,
        barMaxWidth: 36,
        cursor: 'pointer',
        label: s.labels ? { show: true, position: horizontal ? ('right' as const) : ('top' as const), formatter: ({ dataIndex }: { dataIndex: number }) => s.labels![dataIndex] } : undefined,
      })),
    };
  }, [model, horizontal, percentAxis]);

  const onEvents = useMemo(
    () => ({
      click: (params: { seriesIndex?: number; dataIndex?: number }) => {
        const drill = model.series[params.seriesIndex ?? -1]?.drills[params.dataIndex ?? -1];
        if (drill) onDrill(drill);
      },
    }),
    [model, onDrill],
  );

  return <ReactEChartsCore echarts={echarts} option={option} onEvents={onEvents} notMerge style={{ height, width: '100%' }} />;
}
