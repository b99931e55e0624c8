import { Controller, Get, Header, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { AppConfig, forbidden, Public } from '@lc/api-shared';
import { MetricsService } from './metrics.service';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Prometheus scrapes this. With METRICS_TOKEN set it needs `Authorization: Bearer <token>`; without, it answers
 * only a direct request from this machine (loopback, and not forwarded by a proxy on the same machine).
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  private readonly token: Buffer | null;

  constructor(
    private readonly metrics: MetricsService,
    config: AppConfig,
  ) {
    const token = config.METRICS_TOKEN;
    this.token = token ? Buffer.from(token) : null;
  }

  @Public()
  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() req: Request): Promise<string> {
    if (!this.allowed(req)) throw forbidden('METRICS_FORBIDDEN', 'Chỉ hệ thống giám sát mới xem được số liệu này.');
    req.res?.type(this.metrics.registry.contentType);
    return this.metrics.text();
  }

  private allowed(req: Request): boolean {
    if (this.token) {
      const given = Buffer.from((req.headers.authorization ?? '').replace(/^Bearer /, ''));
      return given.length === this.token.length && timingSafeEqual(given, this.token);
    }
    return LOOPBACK.has(req.socket.remoteAddress ?? '') && !req.headers['x-forwarded-for'];
  }
}
