// Only what the domain chart draws, so the lazy chunk stays small: bars, a grid, and the SVG renderer (no canvas
// text to blur when a citizen zooms, and no eval: it runs under the app's Content-Security-Policy).
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, SVGRenderer]);

export { init };
