import { ValidateBy, ValidationOptions } from 'class-validator';
import { isPlainName } from './text-hazards';

/** A name other people read (a person, a signer, a group): one line, with no characters that reorder the text. */
export const IsPlainName = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isPlainName',
      validator: {
        validate: (value) => typeof value === 'string' && isPlainName(value),
        defaultMessage: () => 'Tên không được chứa xuống dòng, ký tự điều khiển hay ký tự đảo chiều văn bản.',
      },
    },
    options,
  );
