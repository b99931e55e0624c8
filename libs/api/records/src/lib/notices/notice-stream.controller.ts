import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { NoticeSnapshot } from '@lc/shared-contracts';
import { ApiErrors, ApiFile, AppConfig, AuthUser, CurrentUser } from '@lc/api-shared';
import { NoticeHub } from './notice-hub';
import { NoticesService } from './notices.service';
import { sseComment, sseEvent } from './sse-format';

/**
 * Any signed-in person's own notices, pushed as server-sent events (docs/adr/0032). The person comes from the bearer
 * token, which the web sends with `fetch` (EventSource cannot send it). A stream lasts at most one access-token
 * lifetime, so an ended session stops hearing within that time; the client then reconnects with its current token.
 */
@ApiTags('notices')
@ApiBearerAuth()
@Controller('my/notices')
export class NoticeStreamController {
  private readonly heartbeatMs: number;
  private readonly lifetimeMs: number;

  constructor(
    private readonly hub: NoticeHub,
    private readonly notices: NoticesService,
    config: AppConfig,
  ) {
    this.heartbeatMs = config.NOTICE_STREAM_HEARTBEAT_SECONDS * 1000;
    this.lifetimeMs = config.ACCESS_TOKEN_TTL_SECONDS * 1000;
  }

  @Get('stream')
  @ApiFile(
    'text/event-stream',
    'Server-sent events: a NoticeSnapshot on connecting and on each new notice, and heartbeats',
  )
  @ApiErrors({ 503: ['NOTICE_STREAMS_FULL'] })
  async stream(@CurrentUser() user: AuthUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    let ended = false;
    const timers: NodeJS.Timeout[] = [];
    const write = (chunk: string) => void (!ended && res.write(chunk));
    const end = () => {
      if (ended) return;
      ended = true;
      timers.forEach(clearInterval);
      unsubscribe();
      res.end();
    };
    // Refused before any header is sent, so a full process answers with the usual error body.
    const unsubscribe = this.hub.subscribe(user.id, {
      send: (s: NoticeSnapshot) => write(sseEvent('notices', s)),
      end,
    });
    req.on('close', end);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    });
    write('retry: 5000\n\n');
    timers.push(
      setInterval(() => write(sseComment('ping')), this.heartbeatMs),
      setTimeout(end, this.lifetimeMs),
    );
    try {
      write(sseEvent('notices', await this.notices.snapshot(user.id)));
    } catch {
      end();
    }
  }
}
