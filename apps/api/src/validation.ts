import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** One message a person can act on per field, in Vietnamese: ours where we wrote one, else a plain default. */
export function fieldMessages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const field = prefix + e.property;
    const nested = e.children?.length ? fieldMessages(e.children, `${field}.`) : [];
    const constraints = Object.entries(e.constraints ?? {});
    if (constraints.length === 0) return nested;
    if (constraints.some(([name]) => name === 'whitelistValidation'))
      return [`Trường "${field}" không được phép gửi lên.`, ...nested];
    const ours = constraints.map(([, message]) => message).find((m) => VIETNAMESE.test(m));
    return [ours ?? `Trường "${field}" chưa hợp lệ.`, ...nested];
  });
}

export const validationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(fieldMessages(errors)),
  });
