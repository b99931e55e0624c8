// The framework-free part of api-shared: what pure rule and policy files may import (ADR 0028). Nothing here may
// import Nest, TypeORM or anything that does; the lint override for rule files holds them to this entry.
export * from './lib/domain-error';
export * from './lib/auth-user';
export * from './lib/mask';
export * from './lib/safe-segment';
export * from './lib/text-hazards';
export * from './lib/database-fault';
export * from './lib/rate';
export * from './lib/idempotency/idempotency-rules';
export * from './lib/access/access';
export * from './lib/access/city-admin';
