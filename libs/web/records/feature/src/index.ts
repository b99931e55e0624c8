export { myLearningRoutes } from './lib/my-learning.routes';
