// Only what the KPI charts draw, so the lazy chunk stays small: bars and lines on a grid with a legend, and the SVG
// renderer (sharp when zoomed or printed, and no eval under the app's Content-Security-Policy).
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

export { init };
