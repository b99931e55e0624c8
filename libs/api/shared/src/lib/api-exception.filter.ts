import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError } from '@lc/shared-contracts';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DatabaseFault, databaseFault } from './database-fault';
import { DomainError } from './domain-error';

const STATUS_CODES: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', 'Yêu cầu không hợp lệ: hãy kiểm tra lại dữ liệu và đường dẫn đã gửi.'],
  401: ['AUTH_REQUIRED', 'Vui lòng đăng nhập.'],
  403: ['FORBIDDEN', 'Bạn không có quyền thực hiện việc này.'],
  404: ['NOT_FOUND', 'Không tìm thấy.'],
  413: ['PAYLOAD_TOO_LARGE', 'Tệp hoặc dữ liệu gửi lên quá lớn.'],
  429: ['TOO_MANY_REQUESTS', 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.'],
  503: ['SERVICE_UNAVAILABLE', 'Hệ thống tạm thời chưa sẵn sàng, vui lòng thử lại sau ít phút.'],
};

const DB_FAULTS: Record<DatabaseFault, { code: string; message: string; retryAfterSeconds: number }> = {
  busy: { code: 'DB_BUSY', message: 'Hệ thống đang bận, vui lòng thử lại sau giây lát.', retryAfterSeconds: 2 },
  unavailable: {
    code: 'DB_UNAVAILABLE',
    message: 'Hệ thống tạm thời gián đoạn, vui lòng thử lại sau ít phút. Dữ liệu bạn đã lưu không bị mất.',
    retryAfterSeconds: 5,
  },
};

/** Every error leaves the API as `ApiError`; nothing internal (stack, SQL) reaches the client. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const fault = databaseFault(exception);
    if (fault) {
      const req = host.switchToHttp().getRequest<Request>();
      // One line, no stack: the cause is the database's state, not this request. The route, never the URL.
      this.logger.warn(`Database ${fault}: ${req.method} ${req.route?.path ?? 'unmatched route'}`);
      res.setHeader('Retry-After', String(DB_FAULTS[fault].retryAfterSeconds));
      res.status(503).json({ code: DB_FAULTS[fault].code, message: DB_FAULTS[fault].message });
      return;
    }
    const [status, body] = this.toApiError(exception);
    if (status >= 500) {
      // The message and stack only: request bodies may hold personal data and are never logged.
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    res.status(status).json(body);
  }

  private toApiError(exception: unknown): [number, ApiError] {
    if (exception instanceof DomainError) {
      return [
        exception.status,
        {
          code: exception.code,
          message: exception.message,
          ...(exception.details ? { details: exception.details } : {}),
        },
      ];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse() as { message?: string | string[]; code?: string; details?: unknown };
      if (status === HttpStatus.BAD_REQUEST && Array.isArray(response.message)) {
        return [
          400,
          {
            code: 'VALIDATION_FAILED',
            message: 'Dữ liệu chưa hợp lệ: ' + response.message.join('; '),
            details: { fields: response.message },
          },
        ];
      }
      const [code, fallback] = STATUS_CODES[status] ?? ['HTTP_' + status, exception.message];
      const message = typeof response.message === 'string' && response.code ? response.message : fallback;
      // Health checks put what failed in `details` (no personal data there): operators need it.
      const details =
        status === 503 && response.details ? { details: response.details as Record<string, unknown> } : {};
      return [status, { code: response.code ?? code, message, ...details }];
    }
    const pgCode = exception instanceof QueryFailedError ? (exception as unknown as { code?: string }).code : undefined;
    if (pgCode === '22P02')
      return [400, { code: 'BAD_REQUEST', message: 'Mã định danh trong đường dẫn không hợp lệ.' }];
    // A race the service's own check could not see (two identical requests at once): the database kept one.
    if (pgCode === '23505')
      return [409, { code: 'CONFLICT', message: 'Dữ liệu này vừa được tạo bởi một yêu cầu khác. Hãy tải lại trang.' }];
    return [500, { code: 'INTERNAL', message: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.' }];
  }
}
