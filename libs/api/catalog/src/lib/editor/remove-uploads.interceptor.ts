import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { rm } from 'node:fs/promises';
import { finalize, Observable } from 'rxjs';

/**
 * Deletes every file of a multi-file upload once the request is answered, whatever the answer: the editor's images
 * are read into the package, never kept as they came. Placed before the upload interceptor, as RemoveUploadInterceptor.
 */
@Injectable()
export class RemoveUploadsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { files?: { path?: string }[] }>();
    return next.handle().pipe(
      finalize(() => {
        const files = Array.isArray(req.files) ? req.files : [];
        for (const file of files) if (file.path) void rm(file.path, { force: true });
      }),
    );
  }
}
