export * from './lib/identity.module';
export * from './lib/users.service';
export * from './lib/user.entity';
export * from './lib/role-grant.entity';
export * from './lib/refresh-token.entity';
export * from './lib/citizen-id';
export * from './lib/passwords';
export * from './lib/auth-user-cache';
