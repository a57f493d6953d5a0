import { assertPostgresReachable, DEFAULT_ADMIN_URL } from '../libs/db/src/admin'; // jest does not map aliases in global setup

/** Integration tier: fail fast, with one clear message, when the PostgreSQL server is down. */
export default async function globalSetup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL || DEFAULT_ADMIN_URL;
  try {
    await assertPostgresReachable(url);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${message}\nIntegration tests need PostgreSQL (set TEST_DATABASE_URL, or start it: .ci/run does, docker compose up -d postgres).`,
    );
  }
}
