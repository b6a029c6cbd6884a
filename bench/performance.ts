/**
 * Benchmark: performance management over a large region (issue 16, "Numbers"), against a PostgreSQL server:
 *
 *   scripts/pg-cluster.sh start            # prints postgres://postgres@127.0.0.1:54329/postgres
 *   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres npm run bench:performance
 *
 * It creates and drops its own database (balai_bench_performance; BENCH_KEEP=1 keeps it), seeds the demo's set-up (no
 * demo history; Kota Malang's demo tree included), then
 *  1. generates in Kota Malang 60 more OPD and a tree for them: five RPJMD goals, under them each OPD's sasaran, three
 *     programs per sasaran and three kegiatan per program, and BENCH_INDICATORS (2,000) indicators spread over those
 *     nodes, each with this year's target and its four quarters (Tw1–Tw4); one in ten crosscutting between two OPD
 *     (50 % each). Rows are written in SQL, not through the use cases: what is measured is the read;
 *  2. times the tree's API answer through the function behind `GET …/performance/tree?year=` (its three set queries
 *     and the assembly) and the JSON text of the answer, BENCH_SAMPLES (200) times after BENCH_WARMUP (20), one after
 *     another on an otherwise idle database, and reports the p95 as `treeApiMs`;
 *  3. generates four quarters of accepted realisation for every generated indicator (reported by its node's OPD; one
 *     indicator in seven a little behind its Tw target, the others on or above it), and times `recomputeRanking` of
 *     Tw4 (reading the year's targets, owners, realisations, signed contracts, heads and overdue follow-ups, scoring
 *     Tw4 and Tw3 for the trend, and replacing the stored ranking in one transaction), BENCH_RANKING_RUNS (5) times
 *     after one warm-up, and reports the median as `rankingMs`;
 *  4. serves that database and times the tree drawn in Chromium (bench/tree-render.ts; needs `npm run build:web`,
 *     BENCH_BROWSER=0 skips it): the first screen (`treeRenderMs`) and every node and indicator opened
 *     (`treeExpandAllMs`), medians of BENCH_RENDER_RUNS (5).
 * Human-readable lines go to stderr; the last line on stdout is one JSON object:
 * `{ "bench": "performance", "indicators", "rankingMs", "treeApiMs" }`.
 */
import { performance } from 'node:perf_hooks';
import { AREAS } from '../src/app';
import { openPostgres } from '../src/db/database';
import { prepareDatabase } from '../src/db/prepare';
import { seedDemo } from '../src/demo/seed-demo';
import { recomputeRanking } from '../src/performance/ranking/ranking';
import { performanceTree } from '../src/performance/tree/tree-read';
import { localDate, SystemClock } from '../src/platform/clock';
import { serverDatabases } from '../test/support/server-databases';
import { timeTreeRender } from './tree-render';

const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 2000);
const OPD = Number(process.env.BENCH_OPD ?? 60);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const RANKING_RUNS = Number(process.env.BENCH_RANKING_RUNS ?? 5);
const DATABASE = 'balai_bench_performance';
const REGION = '35.73';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('DATABASE_URL must name a PostgreSQL server (scripts/pg-cluster.sh start prints one)');
  process.exit(2);
}

const log = (msg: string) => console.error(`[bench:performance] ${msg}`);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const round1 = (n: number) => Math.round(n * 10) / 10;

const servers = await serverDatabases(serverUrl);
await servers.drop(DATABASE);
await servers.create(DATABASE);
const db = openPostgres(servers.urlOf(DATABASE));

try {
  await prepareDatabase(db);
  await seedDemo(db, new SystemClock(), AREAS, { history: false });
  const year = Number(localDate(new Date(), 'Asia/Jakarta').slice(0, 4));

  const started = performance.now();
  await generateTree(year);
  await db.query('ANALYZE');
  log(
    `generated ${OPD} OPD and ${INDICATORS} indicators in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  let answer = await performanceTree(db, REGION, year);
  for (let i = 0; i < WARMUP; i++) JSON.stringify(await performanceTree(db, REGION, year));
  const ms: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now();
    answer = await performanceTree(db, REGION, year);
    JSON.stringify(answer);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  log(
    `tree API (${answer.nodes} nodes, ${answer.indicators} indicators): p50 ${percentile(ms, 0.5).toFixed(1)} ms, ` +
      `p95 ${percentile(ms, 0.95).toFixed(1)} ms, ${(JSON.stringify(answer).length / 1024).toFixed(0)} KiB of JSON`,
  );

  await generateRealisation(year);
  await db.query('ANALYZE');
  // Tw4 as it stands on the year's last day: every quarter reported and accepted.
  const rank = () => recomputeRanking(db, new Date(), `${year}-12-31`, null, REGION, year, 4);
  await rank();
  const rankingRuns: number[] = [];
  for (let i = 0; i < RANKING_RUNS; i++) {
    const t0 = performance.now();
    await rank();
    rankingRuns.push(performance.now() - t0);
  }
  rankingRuns.sort((a, b) => a - b);
  const [ranked] = await db.query<{ opds: number; scored: number }>(
    `SELECT count(*)::int AS opds, count(score)::int AS scored FROM performance_ranking_row
      WHERE region_id = $1 AND year = $2 AND quarter = 4`,
    [REGION, year],
  );
  log(
    `ranking of Tw4 (${ranked?.opds} OPD, ${ranked?.scored} scored): median ${percentile(rankingRuns, 0.5).toFixed(1)} ms ` +
      `of ${RANKING_RUNS} runs (${rankingRuns.map((m) => m.toFixed(0)).join(', ')})`,
  );
  const render =
    process.env.BENCH_BROWSER === '0'
      ? null
      : await timeTreeRender(servers.urlOf(DATABASE), answer.indicators);
  if (render)
    log(
      `tree in Chromium (median of ${render.runs}): first screen ${render.firstScreenMs.toFixed(0)} ms, ` +
        `every node and indicator drawn ${render.expandAllMs.toFixed(0)} ms after "Buka semua"`,
    );
  console.log(
    JSON.stringify({
      bench: 'performance',
      indicators: answer.indicators,
      rankingMs: round1(percentile(rankingRuns, 0.5)),
      treeApiMs: round1(percentile(ms, 0.95)),
      treeApiP50Ms: round1(percentile(ms, 0.5)),
      treeRenderMs: render ? Math.round(render.firstScreenMs) : null,
      treeExpandAllMs: render ? Math.round(render.expandAllMs) : null,
      nodes: answer.nodes,
      database: servers.citus ? `citus, ${servers.nodes.length - 1} workers` : 'postgresql',
    }),
  );
} finally {
  await db.close();
  if (process.env.BENCH_KEEP !== '1') await servers.drop(DATABASE);
  await servers.close();
}

/** The generated OPD and their tree, in set-based SQL (see the header). */
async function generateTree(y: number): Promise<void> {
  const at = new Date();
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO perangkat_daerah (region_id, kind, name, short_name, active_from, created_at, updated_at)
       SELECT $1, 'dinas', 'Dinas Uji ' || g, 'Uji-' || g, '2020-01-01', $2, $2 FROM generate_series(1, $3) g`,
      [REGION, at, OPD],
    );
    const opds = await tx.query<{ id: number }>(
      `SELECT id FROM perangkat_daerah WHERE region_id = $1 AND short_name LIKE 'Uji-%' ORDER BY id`,
      [REGION],
    );
    const goals = await tx.query<{ id: number }>(
      `INSERT INTO performance_node (region_id, kind, name, created_at, updated_at)
       SELECT $1, 'tujuan_rpjmd', 'Tujuan uji ' || g, $2, $2 FROM generate_series(1, 5) g RETURNING id`,
      [REGION, at],
    );
    const nodeIds: { id: number; opdId: number }[] = [];
    for (const [i, opd] of opds.entries()) {
      const parent = (goals[i % goals.length] as { id: number }).id;
      const [sasaran] = await tx.query<{ id: number }>(
        `INSERT INTO performance_node (region_id, parent_id, kind, opd_id, cascading, name, created_at, updated_at)
         VALUES ($1, $2, 'sasaran_opd', $3::bigint, 'direct', 'Sasaran uji ' || $3::bigint::text, $4, $4) RETURNING id`,
        [REGION, parent, opd.id, at],
      );
      const programs = await tx.query<{ id: number }>(
        `INSERT INTO performance_node (region_id, parent_id, kind, opd_id, cascading, name, created_at, updated_at)
         SELECT $1, $2, 'program', $3, 'direct', 'Program uji ' || g, $4, $4 FROM generate_series(1, 3) g RETURNING id`,
        [REGION, sasaran?.id, opd.id, at],
      );
      const kegiatan = await tx.query<{ id: number }>(
        `INSERT INTO performance_node (region_id, parent_id, kind, opd_id, cascading, name, created_at, updated_at)
         SELECT $1, p, 'kegiatan', $3, 'non_direct', 'Kegiatan uji ' || g, $4, $4
           FROM unnest($2::bigint[]) p, generate_series(1, 3) g RETURNING id`,
        [REGION, programs.map((p) => p.id), opd.id, at],
      );
      for (const n of [sasaran as { id: number }, ...programs, ...kegiatan])
        nodeIds.push({ id: n.id, opdId: opd.id });
    }
    // Indicator n sits on node n mod |nodes|; its target 100 + n with quarters at a quarter of it each (cumulative).
    const indicators = await tx.query<{ id: number; nodeId: number }>(
      `INSERT INTO performance_indicator (region_id, node_id, name, unit, polarity, cumulative, iku, baseline,
         baseline_year, data_source, evidence_required, source, created_at, updated_at)
       SELECT $1, ($2::bigint[])[1 + (g % cardinality($2::bigint[]))], 'Indikator uji ' || g, 'unit', 'higher', true,
              g % 20 = 0, g, $3 - 2, 'Sumber uji', 'Bukti uji', 'manual', $4, $4
         FROM generate_series(1, $5) g RETURNING id, node_id AS "nodeId"`,
      [REGION, nodeIds.map((n) => n.id), y, at, INDICATORS],
    );
    await tx.query(
      `INSERT INTO performance_target (region_id, indicator_id, year, target, tw1, tw2, tw3, tw4, updated_at)
       SELECT $1, i, $2, 100 + i % 1000, 25 + i % 1000, 50 + i % 1000, 75 + i % 1000, 100 + i % 1000, $3
         FROM unnest($4::bigint[]) i`,
      [REGION, y, at, indicators.map((i) => i.id)],
    );
    const opdOf = new Map(nodeIds.map((n) => [n.id, n.opdId]));
    const crosscutting = indicators.filter((_, i) => i % 10 === 0);
    const ownerOpd = crosscutting.map((i) => opdOf.get(i.nodeId) as number);
    const otherOpd = ownerOpd.map(
      (id) => (opds[(opds.findIndex((o) => o.id === id) + 1) % opds.length] as { id: number }).id,
    );
    await tx.query(
      `INSERT INTO performance_indicator_owner (region_id, indicator_id, opd_id, share_percent)
       SELECT $1, i, o, 50 FROM unnest($2::bigint[], $3::bigint[]) AS x(i, o)
       UNION ALL SELECT $1, i, o, 50 FROM unnest($2::bigint[], $4::bigint[]) AS y(i, o)`,
      [REGION, crosscutting.map((i) => i.id), ownerOpd, otherOpd],
    );
  });
}

/** Four quarters of accepted realisation for every generated indicator, reported by its node's OPD (see the header). */
async function generateRealisation(y: number): Promise<void> {
  const at = new Date();
  await db.query(
    `INSERT INTO performance_realisation (region_id, indicator_id, opd_id, year, quarter, value, status, source,
       submitted_at, decided_at, created_at, updated_at)
     SELECT i.region_id, i.id, n.opd_id, $2, q,
            CASE q WHEN 1 THEN t.tw1 WHEN 2 THEN t.tw2 WHEN 3 THEN t.tw3 ELSE t.tw4 END
              * CASE WHEN i.id % 7 = 0 THEN 0.8 ELSE 1 + (i.id % 5) * 0.01 END,
            'accepted', 'manual', $3, $3, $3, $3
       FROM performance_indicator i
       JOIN performance_node n ON n.region_id = i.region_id AND n.id = i.node_id
       JOIN performance_target t ON t.region_id = i.region_id AND t.indicator_id = i.id AND t.year = $2
      CROSS JOIN generate_series(1, 4) q
      WHERE i.region_id = $1 AND i.name LIKE 'Indikator uji %'`,
    [REGION, y, at],
  );
}
