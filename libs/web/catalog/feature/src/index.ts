export * from './lib/catalog.routes';
export * from './lib/i18n';
export { HotspotPlacer } from './lib/material-editor/hotspot-placer/hotspot-placer';
