import { z } from 'zod';
import { RATE_PATTERN } from '../rate';
import { settingsSchema } from './settings';

/** One row of docs/configuration.md's table, as the schema states it (the meaning is the doc's own column). */
export interface SettingRow {
  name: string;
  type: string;
  /** The schema's default, as written in the environment; undefined when there is none. */
  default?: string;
}

interface JsonProperty {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
}

function typeText(p: JsonProperty): string {
  if (p.enum) return p.enum.join() === 'true,false' ? 'boolean' : `one of ${p.enum.join(', ')}`;
  if (p.type === 'integer') {
    const bounded = p.maximum !== undefined && p.maximum < Number.MAX_SAFE_INTEGER;
    return bounded ? `integer ${p.minimum}–${p.maximum}` : `integer ≥ ${p.minimum}`;
  }
  if (p.pattern === RATE_PATTERN.source) return 'rate (limit/seconds)';
  if (p.format === 'uri') return 'URL';
  if (p.minLength && p.minLength > 1) return `string, ≥ ${p.minLength} characters`;
  return 'string';
}

/** Every setting with its type and default, in the schema's order: docs/configuration.md's table is checked against it. */
export function settingsTable(): SettingRow[] {
  const json = z.toJSONSchema(settingsSchema, { io: 'input' }) as { properties: Record<string, JsonProperty> };
  return Object.entries(json.properties).map(([name, p]) => ({
    name,
    type: typeText(p),
    ...(p.default === undefined ? {} : { default: String(p.default) }),
  }));
}
