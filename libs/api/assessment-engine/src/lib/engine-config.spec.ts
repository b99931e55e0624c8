import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testConfig } from '../testing';
import { parseEngineConfig } from './engine-config';

const published = path.resolve(__dirname, '../../../../../content/assessment/engine-config.json');

describe('parseEngineConfig', () => {
  it('accepts the published config', () => {
    const config = parseEngineConfig(JSON.parse(readFileSync(published, 'utf8')));
    expect(config.stop.maxTotal).toBeLessThanOrEqual(30);
    expect(config.selection.maxExposureRate).toBeLessThanOrEqual(0.25);
  });

  it('names every problem with its path', () => {
    const bad = { ...testConfig(), stop: { ...testConfig().stop, minPerDomain: 0 }, extra: 1 };
    expect(() => parseEngineConfig(bad)).toThrow(/stop\.minPerDomain/);
    expect(() => parseEngineConfig(bad)).toThrow(/extra/);
  });

  it('refuses a minimum above the maximum', () => {
    const bad = testConfig({ stop: { minPerDomain: 7, maxPerDomain: 6 } });
    expect(() => parseEngineConfig(bad)).toThrow(/minPerDomain must not exceed/);
  });
});
