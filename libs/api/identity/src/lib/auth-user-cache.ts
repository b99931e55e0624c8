import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { AuthState } from './session-rules';
import { AppConfig } from '@lc/api-shared';

const CHANNEL = 'lc_auth_user_changed';
const MAX_ENTRIES = 100_000;

/**
 * Who a token's subject is (grants and their area paths, session version, sign-ins just ended), kept briefly so
 * that each request does not cost several queries. A change of grants, an ended session, a disabled account (anything
 * else that changes what a person may do) calls `invalidate`, which
 * drops the entry here and, through PostgreSQL's NOTIFY, in every other API process. The time to live bounds
 * staleness should a notification be missed; on a lost listener connection the whole cache is dropped.
 */
@Injectable()
export class AuthUserCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(AuthUserCache.name);
  private readonly entries = new Map<string, { state: AuthState | null; expiresAt: number }>();
  private readonly ttlMs: number;
  private listener: Client | null = null;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.ttlMs = this.config.AUTH_CACHE_TTL_MS;
  }

  async get(id: string, load: (id: string) => Promise<AuthState | null>): Promise<AuthState | null> {
    const hit = this.entries.get(id);
    if (hit && hit.expiresAt > Date.now()) return hit.state;
    const state = await load(id);
    if (this.ttlMs > 0) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(id, { state, expiresAt: Date.now() + this.ttlMs });
    }
    return state;
  }

  /** Drops the person's entry in this process now and in the others as soon as they hear of it. */
  async invalidate(id: string): Promise<void> {
    this.entries.delete(id);
    await this.dataSource.query('SELECT pg_notify($1, $2)', [CHANNEL, id]);
  }

  async onModuleInit(): Promise<void> {
    if (this.ttlMs > 0) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    // The pool's own URL: the listener signs in as the API does (lc_app), never as the owner of the tables.
    const client = new Client({ connectionString: (this.dataSource.options as { url?: string }).url });
    const lost = () => {
      if (this.listener !== client) return;
      this.listener = null;
      this.entries.clear();
      if (!this.closed) setTimeout(() => void this.listen(), 1000).unref();
    };
    client.on('notification', (msg) => msg.payload && this.entries.delete(msg.payload));
    client.on('error', lost);
    client.on('end', lost);
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      this.logger.warn(`Cannot listen for changes of grants (${(err as Error).message}); retrying`);
      lost();
      await client.end().catch(() => undefined);
    }
  }
}
