export * from './lib/areas.module';
export * from './lib/areas.service';
export * from './lib/area.entity';
export * from './lib/area.mapper';
export * from './lib/load-hanoi-units';
