export { reportingRoutes } from './lib/reporting.routes';
