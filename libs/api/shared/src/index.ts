export * from './lib/domain-error';
export * from './lib/api-exception.filter';
export * from './lib/auth-user';
export * from './lib/decorators';
export * from './lib/snake-naming.strategy';
export * from './lib/mask';
export * from './lib/safe-segment';
export * from './lib/database-fault';
