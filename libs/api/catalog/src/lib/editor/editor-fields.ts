import type { EditorProblem } from '@lc/shared-contracts';
import { hasBidiControl, hasControlCharacter } from '@lc/api-shared/pure';

export type Fields = Record<string, unknown>;

interface TextRule {
  max: number;
  /** Paragraphs may hold line breaks; names, answers and alt texts are one line. */
  multiline?: boolean;
}

/**
 * Reads one editor source field by field, keeping every problem with the path of its field, so the editor can show
 * each message beside the field it is about rather than one message for the whole form.
 */
export class FieldReader {
  readonly problems: EditorProblem[] = [];

  add(path: string, code: string, message: string): void {
    this.problems.push({ path, code, message });
  }

  object(value: unknown, path: string): Fields {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Fields;
    this.add(path, 'EDITOR_SHAPE', 'Dữ liệu của phần này không đúng dạng. Hãy tải lại trình soạn thảo.');
    return {};
  }

  /** Trimmed text; empty or missing is a problem only when `required`. */
  text(fields: Fields, key: string, path: string, rule: TextRule & { required: true }): string;
  text(fields: Fields, key: string, path: string, rule: TextRule & { required?: false }): string | undefined;
  text(fields: Fields, key: string, path: string, rule: TextRule & { required?: boolean }): string | undefined {
    const value = fields[key];
    const at = `${path}.${key}`;
    if (value !== undefined && value !== null && typeof value !== 'string') {
      this.add(at, 'EDITOR_SHAPE', 'Nội dung này phải là chữ.');
      return rule.required ? '' : undefined;
    }
    const text = (value ?? '').trim();
    if (!text) {
      if (rule.required) this.add(at, 'EDITOR_REQUIRED', 'Hãy nhập nội dung cho ô này.');
      return rule.required ? '' : undefined;
    }
    if (text.length > rule.max) {
      this.add(at, 'EDITOR_TOO_LONG', `Nội dung quá dài: tối đa ${rule.max} ký tự, đang có ${text.length}.`);
    } else if (hasControlCharacter(text, rule.multiline) || hasBidiControl(text)) {
      const why = rule.multiline ? 'ký tự điều khiển' : 'xuống dòng hoặc ký tự điều khiển';
      this.add(at, 'EDITOR_CONTROL_CHARACTER', `Ô này có ${why} không được phép. Hãy xoá rồi lưu lại.`);
    }
    return text;
  }

  bool(fields: Fields, key: string, path: string, fallback = false): boolean {
    const value = fields[key];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.add(`${path}.${key}`, 'EDITOR_SHAPE', 'Ô này chỉ nhận đúng hoặc sai.');
    return fallback;
  }

  /** A whole number in [min, max]; fractions (a pointer's position) are rounded. */
  int(fields: Fields, key: string, path: string, range: { min: number; max: number; fallback?: number }): number {
    const value = fields[key] ?? range.fallback;
    const at = `${path}.${key}`;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(at, 'EDITOR_NOT_NUMBER', 'Hãy nhập một số.');
      return range.min;
    }
    const n = Math.round(value);
    if (n < range.min || n > range.max) {
      this.add(at, 'EDITOR_OUT_OF_RANGE', `Hãy nhập một số từ ${range.min} đến ${range.max}.`);
    }
    return n;
  }

  choice<T extends string>(fields: Fields, key: string, path: string, options: readonly T[], fallback?: T): T {
    const value = fields[key] ?? fallback;
    if (options.includes(value as T)) return value as T;
    this.add(`${path}.${key}`, 'EDITOR_CHOICE', `Hãy chọn một trong: ${options.join(', ')}.`);
    return options[0] as T;
  }

  list(fields: Fields, key: string, path: string, range: { min: number; max: number; noun: string }): unknown[] {
    const value = fields[key];
    const at = `${path}.${key}`;
    if (!Array.isArray(value)) {
      this.add(at, 'EDITOR_SHAPE', `Hãy thêm ít nhất ${range.min} ${range.noun}.`);
      return [];
    }
    if (value.length < range.min) this.add(at, 'EDITOR_TOO_FEW', `Cần ít nhất ${range.min} ${range.noun}.`);
    if (value.length > range.max) {
      this.add(at, 'EDITOR_TOO_MANY', `Tối đa ${range.max} ${range.noun}, đang có ${value.length}.`);
      return value.slice(0, range.max);
    }
    return value;
  }
}
