import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { bodyHazard, bodyHazardMessage, DomainError } from '@lc/api-shared';
import { validationFailed } from './validation-failed';

// class-transformer recurses (a deep body overflowed the stack) and silently drops `constructor` keys (a score
// map became `{}` and wiped a draft): bodies are checked before the ValidationPipe ever sees them.

function refusal(body: unknown): DomainError | null {
  const hazard = bodyHazard(body);
  return hazard ? validationFailed(bodyHazardMessage(hazard)) : null;
}

/** After the JSON and form parsers: every such body, also where no handler reads it. */
export function refuseHostileBody(req: Request, _res: Response, next: NextFunction): void {
  next(refusal(req.body) ?? undefined);
}

/** Multipart bodies are read by multer inside the route, after every middleware: checked here instead. */
@Injectable()
export class HostileBodyPipe implements PipeTransform {
  transform(value: unknown, { type }: ArgumentMetadata): unknown {
    const refused = type === 'body' ? refusal(value) : null;
    if (refused) throw refused;
    return value;
  }
}
