// The tools import the libraries by path, as tools/h5p/pack.ts does: they run under tsx, outside Nx.
export * from '../../../libs/api/assessment-engine/src';
export { syntheticItems } from '../../../libs/api/assessment-engine/src/testing';
