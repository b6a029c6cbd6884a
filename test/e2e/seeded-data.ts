import fs from 'node:fs';
import { SEEDED_DATA_ENV, startServer } from './harness';

/**
 * Global set-up of the browser tests: one server start migrates and seeds the demo into a data directory, which is
 * kept (the server stopped cleanly) for every test file's server to start on a copy of. Each file still gets a
 * database of its own; only the twelve-second first start is shared.
 */
export default async function seedOnce(): Promise<() => void> {
  const server = await startServer({ keepData: true });
  await server.stop();
  const dataDir = server.dataDir;
  if (fs.readdirSync(dataDir).length === 0) throw new Error(`the seeded data directory ${dataDir} is empty`);
  process.env[SEEDED_DATA_ENV] = dataDir;
  return () => fs.rmSync(dataDir, { recursive: true, force: true });
}
