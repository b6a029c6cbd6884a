import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults serve the demo on port 3000 from ./data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, demo: true, production: false, databaseUrl: undefined });
    expect(c.dataDir).toMatch(/data$/);
  });

  it('production refuses to start without a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/BALAI_SESSION_SECRET/);
  });

  it('production never seeds demo users', () => {
    const c = loadConfig({ NODE_ENV: 'production', BALAI_SESSION_SECRET: 's'.repeat(32) });
    expect(c.demo).toBe(false);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', BALAI_SESSION_SECRET: 's'.repeat(32), BALAI_DEMO: 'true' }),
    ).toThrow(/demo/);
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url' })).toThrow(
      /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/,
    );
  });
});
