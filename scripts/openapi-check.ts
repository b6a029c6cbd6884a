/**
 * `npm run openapi:check`: the OpenAPI document as the server generates it, checked by third-party tools. Builds the
 * server (demo mode, so the sandbox route is in it) on a fresh in-memory PGlite, writes /openapi.json to a temporary
 * directory, then: Redocly CLI lints it with redocly.yaml (an error fails), swagger-parser validates it against the
 * OpenAPI schema, openapi-typescript generates a client's types from it, and `tsc --strict` compiles them with a few
 * uses of the bank operations. Needs no network and no standard input; exit code 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { AREAS } from '../src/app';
import { loadConfig } from '../src/config';
import { openPglite } from '../src/db/database';
import { buildServer } from '../src/http/server';
import { PinnedClock } from '../src/platform/clock';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-openapi-'));
const failures: string[] = [];

function run(step: string, command: string, args: string[]): void {
  console.log(`== ${step}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  if (result.status !== 0) failures.push(`${step}: exit code ${result.status ?? result.signal}`);
}

/** A client's uses of the operations: the generated types must carry the bank operations' bodies, headers and codes. */
const CLIENT = `import type { operations, paths } from './balai-api';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Problem<T> = T extends { content: { 'application/problem+json': infer B } } ? B : never;
type Inquiry = operations['h2hInquiry'];

export const inquiry: Inquiry['requestBody'] = { content: { 'application/json': { billingCode: '3573012500000013' } } };
export const headers: Inquiry['parameters']['header'] = {
  'X-TIMESTAMP': '2025-03-11T10:00:00+07:00',
  'X-EXTERNAL-ID': 'abc-1',
};
export const codes: Json<Inquiry['responses'][200]>['responseCode'][] = ['00', '10', '13'];
export const paid: Json<operations['h2hPayment']['responses'][200]> = {
  responseCode: '00',
  responseMessage: 'Sukses',
  ntpd: '357325031100000001',
  billingCode: '3573012500000013',
  amount: 1020000,
  paidAt: '2025-03-11T10:00:00+07:00',
};
export const refused: Json<paths['/snap/v1.0/transfer-va/payment']['post']['responses'][401]>['responseCode'] =
  '4012501';
export const problem: Problem<paths['/api/v1/auth/me']['get']['responses'][401]>['code'] = 'AUTH_REQUIRED';

// The revenue command center: the dashboard's forecast, a target as entered, an import refused cell by cell.
type Dashboard = Json<operations['getRegionRevenueDashboard']['responses'][200]>;
export const method: Dashboard['totals']['forecast']['method'] = 'seasonal';
export const backtest: Dashboard['taxes'][number]['forecast']['backtestErrorPercent'] = -2.8;
export const target: NonNullable<operations['postRegionRevenueTargets']['requestBody']>['content']['application/json'] = {
  year: 2025,
  taxCode: 'pbjt_perhotelan',
  stage: 'perubahan',
  amount: 1200,
  spread: 'last_year',
  decreeRef: 'Perda Kota Malang No. 3 Tahun 2025',
  decreeDate: '2025-09-30',
  effectiveFrom: '2025-10-01',
};
export const badCell: Problem<operations['postRegionRevenueTargetsImport']['responses'][422]>['code'] =
  'TARGET_IMPORT_CELL';
`;

try {
  // The routes and their schemas need no tables: an empty in-memory database serves to build the server, given its
  // keys (they would otherwise be read from the installation's table).
  const db = await openPglite(undefined);
  const key = 'openapi-check-only-'.padEnd(40, '0');
  const app = await buildServer(
    {
      db,
      config: loadConfig({
        LOG_LEVEL: 'silent',
        BALAI_DEMO: 'true',
        BALAI_SESSION_SECRET: key,
        BALAI_DOCUMENT_SECRET: key,
      }),
      clock: new PinnedClock(new Date('2025-03-11T10:00:00+07:00')),
    },
    AREAS,
  );
  const res = await app.inject({ method: 'GET', url: '/openapi.json' });
  await app.close();
  await db.close();
  if (res.statusCode !== 200) throw new Error(`GET /openapi.json answered ${res.statusCode}`);
  const document = res.json();
  const file = path.join(dir, 'openapi.json');
  fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  const operations = Object.values(document.paths as Record<string, object>).flatMap((p) => Object.keys(p));
  console.log(`${file}: ${Object.keys(document.paths).length} paths, ${operations.length} operations`);

  run('redocly lint', bin('redocly'), ['lint', file, '--config', path.join(root, 'redocly.yaml')]);

  console.log('== swagger-parser validate');
  try {
    await SwaggerParser.validate(file);
    console.log('valid');
  } catch (err) {
    console.log((err as Error).message);
    failures.push('swagger-parser: invalid');
  }

  run('openapi-typescript', bin('openapi-typescript'), [file, '--output', path.join(dir, 'balai-api.d.ts')]);
  fs.writeFileSync(path.join(dir, 'client.ts'), CLIENT);
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        types: [],
      },
      files: ['client.ts'],
    }),
  );
  run('tsc --strict (the generated client)', bin('tsc'), ['--project', dir]);
} catch (err) {
  failures.push((err as Error).stack ?? String(err));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`OpenAPI check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('OpenAPI check passed');
