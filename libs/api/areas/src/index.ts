export * from './lib/areas.module';
export * from './lib/areas.service';
export * from './lib/area.entity';
export * from './lib/area.mapper';
export * from './lib/load-hanoi-units';
export * from './lib/area-former-unit.entity';
export * from './lib/load-former-units';
export * from './lib/commune-contact.entity';
export type { PlacedArea } from './lib/placed-area';
