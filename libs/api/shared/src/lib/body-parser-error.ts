import { DomainError } from './domain-error';

interface ParserError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
}

const size = (bytes: unknown) => (typeof bytes === 'number' ? ` (tối đa ${Math.floor(bytes / 1024)} KB)` : '');

const REFUSALS: Record<string, (e: ParserError) => DomainError> = {
  'entity.too.large': (e) =>
    new DomainError(
      'PAYLOAD_TOO_LARGE',
      `Dữ liệu gửi lên quá lớn${size(e.limit)}. Hãy rút gọn nội dung hoặc gửi thành nhiều lần; tệp thì tải lên ở mục tải tệp.`,
      413,
    ),
  'parameters.too.many': () =>
    new DomainError('PAYLOAD_TOO_LARGE', 'Biểu mẫu gửi lên có quá nhiều trường. Hãy gửi ít trường hơn.', 413),
  'entity.parse.failed': () =>
    new DomainError(
      'BAD_JSON',
      'Dữ liệu gửi lên không phải JSON hợp lệ. Hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy rồi gửi lại.',
      400,
    ),
  'querystring.parse.rangeError': () =>
    new DomainError('BAD_FORM', 'Biểu mẫu gửi lên lồng nhau quá sâu. Hãy gửi dữ liệu dạng JSON.', 400),
  'charset.unsupported': () =>
    new DomainError(
      'UNSUPPORTED_CHARSET',
      'Chỉ nhận dữ liệu mã hoá UTF-8. Hãy gửi với "Content-Type: application/json; charset=utf-8".',
      415,
    ),
  'encoding.unsupported': () =>
    new DomainError(
      'UNSUPPORTED_ENCODING',
      'Không đọc được kiểu nén của dữ liệu. Hãy gửi dữ liệu không nén, hoặc nén gzip, deflate hay br.',
      415,
    ),
  'request.aborted': () => new DomainError('REQUEST_ABORTED', 'Yêu cầu bị ngắt giữa chừng. Hãy gửi lại.', 400),
  'request.size.invalid': () =>
    new DomainError(
      'BAD_CONTENT_LENGTH',
      'Độ dài dữ liệu không khớp với tiêu đề Content-Length. Hãy gửi lại yêu cầu.',
      400,
    ),
};

/**
 * body-parser (through raw-body and http-errors) refuses a body with an error carrying `type` and `status`. Nest
 * passes these on as they are, except malformed JSON, which it rewrites into a BadRequestException that no longer
 * says what went wrong; so configureApp maps them right after the parsers, and the exception filter once more for
 * any that got past. Returns null for everything else, server-side stream errors (status 500) included.
 */
export function bodyParserError(err: unknown): DomainError | null {
  if (!(err instanceof Error)) return null;
  const parser = err as ParserError;
  if (typeof parser.type !== 'string' || typeof parser.status !== 'number' || parser.status >= 500) return null;
  return REFUSALS[parser.type]?.(parser) ?? null;
}
