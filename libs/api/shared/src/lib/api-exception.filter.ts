import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError } from '@lc/shared-contracts';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { bodyParserError } from './body-parser-error';
import { DatabaseFault, databaseFault } from './database-fault';
import { refusedInputCode } from './database-input-error';
import { DomainError } from './domain-error';

const STATUS_CODES: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', 'Yêu cầu không hợp lệ: hãy kiểm tra lại dữ liệu và đường dẫn đã gửi.'],
  401: ['AUTH_REQUIRED', 'Vui lòng đăng nhập.'],
  403: ['FORBIDDEN', 'Bạn không có quyền thực hiện việc này.'],
  404: ['NOT_FOUND', 'Không tìm thấy.'],
  413: ['PAYLOAD_TOO_LARGE', 'Tệp hoặc dữ liệu gửi lên quá lớn.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Kiểu dữ liệu gửi lên không được hỗ trợ. Hãy gửi JSON (application/json).'],
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
    const refused = refusedInputCode(exception);
    if (refused && refused !== '22P02') {
      const req = host.switchToHttp().getRequest<Request>();
      // A check is missing before the database: the route and SQLSTATE say where, never the values.
      this.logger.warn(`Database refused input (${refused}): ${req.method} ${req.route?.path ?? 'unmatched route'}`);
    }
    if (status >= 500) {
      // The message and stack only: request bodies may hold personal data and are never logged.
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    const retryAfter = body.details?.['retryAfterSeconds'];
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res.status(status).json(body);
  }

  private toApiError(thrown: unknown): [number, ApiError] {
    const exception = bodyParserError(thrown) ?? thrown;
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
    // Express and its middleware (http-errors) mark what the client caused as `expose`: a 4xx, never a 500.
    const { status, expose } = (exception ?? {}) as { status?: unknown; expose?: unknown };
    if (expose === true && typeof status === 'number' && status >= 400 && status < 500) {
      const [code, message] = STATUS_CODES[status] ?? ['HTTP_' + status, STATUS_CODES[400][1]];
      return [status, { code, message }];
    }
    const refused = refusedInputCode(exception);
    if (refused === '22P02')
      return [400, { code: 'BAD_REQUEST', message: 'Mã định danh trong đường dẫn không hợp lệ.' }];
    if (refused)
      return [
        400,
        {
          code: 'BAD_REQUEST',
          message: 'Có giá trị gửi lên vượt quá giới hạn cho phép. Hãy kiểm tra lại dữ liệu đã nhập.',
        },
      ];
    const pgCode = exception instanceof QueryFailedError ? (exception as unknown as { code?: string }).code : undefined;
    // A race the service's own check could not see (two identical requests at once): the database kept one.
    if (pgCode === '23505')
      return [409, { code: 'CONFLICT', message: 'Dữ liệu này vừa được tạo bởi một yêu cầu khác. Hãy tải lại trang.' }];
    return [500, { code: 'INTERNAL', message: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.' }];
  }
}
