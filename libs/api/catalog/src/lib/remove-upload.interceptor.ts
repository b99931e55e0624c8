import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { rm } from 'node:fs/promises';
import { finalize, Observable } from 'rxjs';

/**
 * Deletes the uploaded file once the request is answered, whatever the answer: placed before the upload
 * interceptor, it also covers refusals by pipes and validation after the file was written.
 */
@Injectable()
export class RemoveUploadInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { file?: { path?: string } }>();
    return next.handle().pipe(
      finalize(() => {
        if (req.file?.path) void rm(req.file.path, { force: true });
      }),
    );
  }
}
