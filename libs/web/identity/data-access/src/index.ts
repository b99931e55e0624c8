export * from './lib/areas-api';
export * from './lib/auth-api';
export * from './lib/admin-api';
export * from './lib/recovery-api';
export * from './lib/recovery-code-handoff';
export * from './lib/commune-contact-store';
export * from './lib/recovery-code-store';
export * from './lib/reset-code-store';
