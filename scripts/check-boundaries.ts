/**
 * `npm run check:boundaries`: every import in src/ keeps the area map of docs/architecture.md ("Areas").
 *
 * - A business area (a folder of src/ with an `Area` description: receivables, tax, payments…) reaches another only
 *   through that area's public face, its `index.ts`, and only an area it may depend on (DEPENDS_ON below).
 * - Shared libraries (platform, http, db, cli, demo, documents, config) import no business area; any area may import them.
 * - The composition root (src/app.ts) imports each area's description (`<area>/<area>-area.ts`); the command line's
 *   entry (src/main.ts) imports the composition root.
 *
 * Every import counts: values and types, re-exports, dynamic imports, tests beside the code. Exits 1 naming each file
 * and import that breaks a rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');

/** Folders and files of src/ that are libraries every area may use; they import no business area. */
const SHARED = new Set(['platform', 'http', 'db', 'cli', 'demo', 'documents', 'config.ts', 'config.test.ts']);
/** The composition root and the command line's entry, which put the areas together. */
const ROOTS = new Set(['app.ts', 'main.ts']);

/**
 * Which areas each business area may depend on (through their faces). Receivables imports no business area: the
 * areas that issue bills register with it, and payments its bills' payment QR. Tax depends on receivables alone: the
 * receipts payments prints are its own document kinds, and the demo's taxpayers pay at the teller payments gives.
 * Revenue reads what all three record (targets against the realisation of the payments of tax's bills). Performance
 * reads revenue's realisation (Bapenda's PAD indicator is fed from the ledger, never typed).
 */
const DEPENDS_ON: Record<string, readonly string[]> = {
  receivables: [],
  tax: ['receivables'],
  payments: ['receivables', 'tax'],
  revenue: ['receivables', 'tax', 'payments'],
  collection: ['receivables', 'tax'],
  reminders: ['receivables', 'tax'],
  performance: ['revenue'],
};

type Where = { kind: 'shared' | 'root' | 'area' | 'other'; name: string };

function whereIs(file: string): Where {
  const rel = path.relative(src, file);
  if (rel.startsWith('..')) return { kind: 'other', name: rel };
  const [top = ''] = rel.split(path.sep);
  if (SHARED.has(top) || SHARED.has(path.basename(top, '.ts'))) return { kind: 'shared', name: top };
  if (ROOTS.has(top)) return { kind: 'root', name: top };
  return { kind: 'area', name: top };
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return base;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Why an import from `file` to `target` breaks the map, or null. */
export function breach(file: string, target: string): string | null {
  const from = whereIs(file);
  const to = whereIs(target);
  if (to.kind !== 'area' || from.name === to.name) return null;
  const face = path.join(src, to.name, 'index.ts');
  const description = path.join(src, to.name, `${to.name}-area.ts`);
  switch (from.kind) {
    case 'shared':
      return `${from.name} is a shared library: it imports no business area (${to.name})`;
    case 'root':
      if (from.name === 'app.ts' && target === description) return null;
      return `${from.name} puts areas together through their descriptions only (${path.relative(root, description)})`;
    case 'area': {
      const allowed = DEPENDS_ON[from.name];
      if (!allowed)
        return `${from.name} is an area not in scripts/check-boundaries.ts DEPENDS_ON: say what it may use`;
      if (!allowed.includes(to.name))
        return `${from.name} may not depend on ${to.name} (docs/architecture.md, "Areas")`;
      if (target !== face)
        return `${to.name}'s files other than its public face (${path.relative(root, face)}) are its own`;
      return null;
    }
    default:
      return null;
  }
}

/** Every import of the files under src/ that breaks the map, as `file: import — reason`. */
export function breaches(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(src)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      const target = resolve(file, spec);
      if (!target) continue;
      const reason = breach(file, target);
      if (reason) found.push(`${path.relative(root, file)}: import '${spec}' — ${reason}`);
    }
  }
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = breaches();
  if (found.length > 0) {
    for (const line of found) console.error(line);
    console.error(`check-boundaries: ${found.length} import(s) cross an area's boundary`);
    process.exit(1);
  }
  console.log('check-boundaries: every import keeps the area map');
}
