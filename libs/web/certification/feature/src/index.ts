export { certificationRoutes, officerRoutes, verifyRoutes } from './lib/certification.routes';
