import os from 'node:os';
import pg from 'pg';

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  postgres: string;
  node: string;
  date: string;
  /** 1-minute load average when the run started: other work on the machine. */
  load: number;
}

export async function describeMachine(adminUrl: string): Promise<Machine> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string; fsync: string; sync: string }>(
      "select current_setting('server_version') as v, current_setting('fsync') as fsync, current_setting('synchronous_commit') as sync",
    );
    const cpus = os.cpus();
    return {
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      postgres: `PostgreSQL ${rows[0]!.v} (fsync ${rows[0]!.fsync}, synchronous_commit ${rows[0]!.sync})`,
      node: process.version,
      date: new Date().toISOString().slice(0, 10),
      load: Math.round(os.loadavg()[0]! * 10) / 10,
    };
  } finally {
    await client.end();
  }
}
