import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('defaults serve the demo on port 3000 from ./data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, demo: true, production: false, databaseUrl: undefined });
    expect(c.dataDir).toMatch(/data$/);
  });

  it('demo mode is the embedded quick start only: a PostgreSQL server runs it only with BALAI_DEMO=true', () => {
    const server = 'postgres://balai@127.0.0.1:5432/balai';
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ BALAI_DEMO: 'false' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: server }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: server, NODE_ENV: 'development' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: server, BALAI_DEMO: 'true' }).demo).toBe(true);
  });

  it('secrets are not given by default: the installation generates its own (no public constant)', () => {
    const c = loadConfig({});
    expect(c.sessionSecret).toBeUndefined();
    expect(c.documentSecret).toBeUndefined();
    // Production starts without them too, generating its own; a given one must be long enough.
    expect(loadConfig({ NODE_ENV: 'production' }).sessionSecret).toBeUndefined();
    expect(() => loadConfig({ BALAI_DOCUMENT_SECRET: 'short' })).toThrow(/BALAI_DOCUMENT_SECRET/);
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
