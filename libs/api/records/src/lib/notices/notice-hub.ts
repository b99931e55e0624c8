import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationShutdown,
  OnModuleInit,
  ServiceUnavailableException,
} from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { NoticeSnapshot } from '@lc/shared-contracts';
import { AppConfig } from '@lc/api-shared';
import { NOTICE_CHANNEL, NoticesService } from './notices.service';
import { admitStream } from './stream-limits';

/** One open stream: what to do when the person's notices change, and how to end it. */
export interface NoticeSubscriber {
  send(snapshot: NoticeSnapshot): void;
  end(): void;
}

/**
 * The open notice streams of this API process, by person. Every process LISTENs on the notice channel with one
 * connection of its own; a notice written by any process names its owner there at commit, and the process that
 * holds that person's streams reads their snapshot once (however many tabs they have open) and pushes it. Streams
 * of people with no new notice cost no query at all. On a lost listener every stream is sent a fresh snapshot once
 * it is back, since notices may have been missed meanwhile.
 */
@Injectable()
export class NoticeHub implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(NoticeHub.name);
  private readonly streams = new Map<string, NoticeSubscriber[]>();
  private readonly loading = new Set<string>();
  private readonly again = new Set<string>();
  private readonly perPerson: number;
  private readonly perProcess: number;
  private count = 0;
  private listener: Client | null = null;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: NoticesService,
    config: AppConfig,
  ) {
    this.perPerson = config.NOTICE_STREAMS_PER_PERSON;
    this.perProcess = config.NOTICE_STREAMS_PER_PROCESS;
  }

  get open(): number {
    return this.count;
  }

  /**
   * Registers a stream and returns what removes it. A person's oldest stream is ended when they open one more than
   * allowed (a forgotten tab should not lock out the new one); a full process refuses, and the client polls.
   */
  subscribe(personId: string, subscriber: NoticeSubscriber): () => void {
    const mine = this.streams.get(personId) ?? [];
    const admission = admitStream(mine.length, this.count, { perPerson: this.perPerson, perProcess: this.perProcess });
    if (admission === 'refuse') {
      throw new ServiceUnavailableException({
        code: 'NOTICE_STREAMS_FULL',
        message: 'Máy chủ đang bận; thông báo sẽ được tải lại định kỳ.',
      });
    }
    if (admission === 'replace-oldest') mine[0]?.end();
    const current = this.streams.get(personId) ?? [];
    this.streams.set(personId, [...current, subscriber]);
    this.count += 1;
    return () => this.remove(personId, subscriber);
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  /** Open streams would hold a graceful shutdown for its whole grace period: end them first. */
  beforeApplicationShutdown(): void {
    this.closed = true;
    for (const list of [...this.streams.values()]) for (const s of [...list]) s.end();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
  }

  private remove(personId: string, subscriber: NoticeSubscriber): void {
    const list = this.streams.get(personId);
    if (!list?.includes(subscriber)) return;
    const rest = list.filter((s) => s !== subscriber);
    if (rest.length) this.streams.set(personId, rest);
    else this.streams.delete(personId);
    this.count -= 1;
  }

  /** One snapshot query per person at a time; changes that arrive meanwhile are folded into one more. */
  private refresh(personId: string): void {
    if (!this.streams.has(personId)) return;
    if (this.loading.has(personId)) {
      this.again.add(personId);
      return;
    }
    this.loading.add(personId);
    void this.notices
      .snapshot(personId)
      .then((snapshot) => {
        for (const s of this.streams.get(personId) ?? []) s.send(snapshot);
      })
      .catch((err: Error) => this.logger.warn(`Cannot read a notice snapshot (${err.message})`))
      .finally(() => {
        this.loading.delete(personId);
        if (this.again.delete(personId)) this.refresh(personId);
      });
  }

  private async listen(): Promise<void> {
    // The pool's own URL: the listener signs in as the API does (lc_app), never as the owner of the tables.
    const client = new Client({ connectionString: (this.dataSource.options as { url?: string }).url });
    const lost = () => {
      if (this.listener !== client) return;
      this.listener = null;
      if (!this.closed) setTimeout(() => void this.listen().then(() => this.resync()), 1000).unref();
    };
    client.on('notification', (msg) => msg.payload && this.refresh(msg.payload));
    client.on('error', lost);
    client.on('end', lost);
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTICE_CHANNEL}`);
    } catch (err) {
      this.logger.warn(`Cannot listen for new notices (${(err as Error).message}); retrying`);
      lost();
      await client.end().catch(() => undefined);
    }
  }

  private resync(): void {
    if (this.listener) for (const personId of this.streams.keys()) this.refresh(personId);
  }
}
