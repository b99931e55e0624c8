export { myLearningRoutes, noticesRoutes } from './lib/my-learning.routes';
