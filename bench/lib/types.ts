/** One benchmark case. Cases live in bench/cases/*.ts and are listed in bench/cases/index.ts. */
export interface BenchCase {
  /** e.g. 'append.single'; `--only append,raw` keeps cases whose name starts with one of the prefixes. */
  name: string;
  unit: string;
  /** Case this one is compared with for ratio_to_raw / ratio_to_peer, when it ran in the same run. */
  raw?: string;
  peer?: string;
  /**
   * What this case should reach: `raw` / `peer` minimum ratios, `min` a minimum value; any other
   * key is the maximum of the extra metric of that name (e.g. `p99_ms: 25`, see ctx.extra).
   */
  targets?: BenchTargets;
  /** Runs the case and returns its value in `unit`; `progress(done, total)` feeds the stderr line. */
  run(ctx: BenchContext): Promise<number>;
}

export interface BenchTargets {
  raw?: number;
  peer?: number;
  min?: number;
  [extraMetricMax: string]: number | undefined;
}

export interface BenchContext {
  /** Server URL to create fresh databases on (BENCH_DATABASE_URL or the local default). */
  adminUrl: string;
  /** Names of every case selected for this run (cases measured together use it). */
  selected: readonly string[];
  /** Shared by all cases of one run, e.g. to measure several cases in one interleaved session. */
  shared: Map<string, unknown>;
  progress(done: number, total: number): void;
  /** Extra metrics for this case's line, e.g. { p99_ms: 12.5 }. */
  extra(metrics: Record<string, number>): void;
}

export interface BenchResult {
  case: string;
  value: number;
  unit: string;
  ratio_to_raw?: number;
  ratio_to_peer?: number;
  target?: string;
  /** Extra metrics reported with ctx.extra. */
  [metric: string]: string | number | undefined;
}
