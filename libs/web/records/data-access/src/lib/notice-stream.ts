import { isPlatformBrowser } from '@angular/common';
import { Injectable, PLATFORM_ID, inject } from '@angular/core';
import { NoticeSnapshot } from '@lc/shared-contracts';
import { SessionStore } from '@lc/web-shared-data-access';
import { NoticeStore } from './notice-store';
import { SseFrames, reconnectDelay } from './sse-frames';

const URL = '/api/my/notices/stream';
/** The server's heartbeat comes every 25 s (NOTICE_STREAM_HEARTBEAT_SECONDS): silence this long is a dead stream. */
const SILENCE_MS = 55_000;
/** A stream the server ends sooner than this (another tab took its place) counts as a failure, not a lifetime. */
const SHORT_LIVED_MS = 30_000;

type Outcome = 'ended' | 'unauthorized' | 'failed';

/**
 * Keeps the signed-in person's notice stream open (docs/adr/0032): fetch with the bearer header (EventSource cannot
 * send it), a new token after a 401, a reconnect with back-off after a failure, a watchdog for a silent stream, and
 * meanwhile one reload of the notices per failed attempt, so a phone whose network drops streams keeps a fresh bell.
 */
@Injectable({ providedIn: 'root' })
export class NoticeStream {
  private readonly session = inject(SessionStore);
  private readonly notices = inject(NoticeStore);
  /** A server render is anonymous (docs/adr/0035) and must not hold a stream open. */
  private readonly inBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private abort: AbortController | null = null;
  /** Each start begins a new generation; a loop of an older one stops at its next step. */
  private generation = 0;
  private running = false;

  start(): void {
    if (this.running || !this.inBrowser || typeof fetch !== 'function') return;
    this.running = true;
    void this.run(++this.generation);
  }

  stop(): void {
    this.running = false;
    this.generation += 1;
    this.abort?.abort();
  }

  private async run(generation: number): Promise<void> {
    const current = () => this.generation === generation;
    let failures = 0;
    while (current()) {
      const opened = Date.now();
      const outcome = await this.once();
      if (!current()) return;
      if (outcome === 'unauthorized') {
        if (await this.session.refresh()) continue;
        if (current()) this.stop();
        return;
      }
      if (outcome === 'ended' && Date.now() - opened >= SHORT_LIVED_MS) {
        failures = 0;
        continue;
      }
      failures += 1;
      void this.notices.load();
      await this.pause(reconnectDelay(failures));
    }
  }

  private async once(): Promise<Outcome> {
    const token = this.session.accessToken();
    if (!token) return 'unauthorized';
    const abort = (this.abort = new AbortController());
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => abort.abort(), SILENCE_MS);
    };
    try {
      arm();
      // ngsw-bypass: the service worker must not hold a response that never ends.
      const res = await fetch(URL, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream', 'ngsw-bypass': 'true' },
        cache: 'no-store',
        signal: abort.signal,
      });
      if (res.status === 401) return 'unauthorized';
      if (!res.ok || !res.body) return 'failed';
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      const frames = new SseFrames();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'ended';
        arm();
        for (const message of frames.feed(value)) {
          if (message.event === 'notices') this.notices.apply(JSON.parse(message.data) as NoticeSnapshot);
        }
      }
    } catch {
      return 'failed';
    } finally {
      clearTimeout(watchdog);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}
