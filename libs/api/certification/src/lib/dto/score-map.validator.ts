import { ValidateBy } from 'class-validator';
import { scoreMapProblem } from '@lc/shared-certification-rules';

/** A score map checked as sent: nothing is dropped or coerced on the way to the criteria set's own checks. */
export const IsScoreMap = (): PropertyDecorator =>
  ValidateBy({
    name: 'isScoreMap',
    validator: {
      validate: (value) => scoreMapProblem(value) === null,
      defaultMessage: (args) => scoreMapProblem(args?.value) ?? 'Điểm phải là một bảng mục → điểm.',
    },
  });
