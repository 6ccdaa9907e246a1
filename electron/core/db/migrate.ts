import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { openDatabase, type OpenedDatabase } from './database';
import { migrations as codeMigrations } from './migrations';

const migrationTable = 'kysely_migration';

/** The file was written by a newer Microplan; touching it could lose that version's data. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly unknownMigrations: string[],
  ) {
    super(
      `The workspace file ${file} was created by a newer version of Microplan ` +
        `(unknown changes: ${unknownMigrations.join(', ')}). Update Microplan to open it; the file was not changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class MigrationFailedError extends Error {
  constructor(
    readonly file: string,
    readonly migration: string | undefined,
    readonly snapshot: string | undefined,
    cause: unknown,
  ) {
    super(
      `Updating the workspace file ${file} failed` +
        (migration ? ` at step ${migration}` : '') +
        (snapshot ? `; the file was restored from the snapshot ${snapshot}` : '') +
        `: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'MigrationFailedError';
  }
}

export interface MigrationOutcome {
  applied: string[];
  /** Copy of the file taken before migrating an existing workspace, if one was needed. */
  snapshot: string | undefined;
}

async function executedMigrationNames(db: Kysely<any>): Promise<string[]> {
  const table = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = ${migrationTable}`.execute(db);
  if (table.rows.length === 0) return [];
  const rows = await db.selectFrom(migrationTable).select('name').orderBy('name').execute();
  return rows.map((r: { name: string }) => r.name);
}

/**
 * Opens a workspace file and brings its schema to the code's version.
 * Refuses a file from a newer app version. Before migrating an existing file it
 * snapshots it with VACUUM INTO, and restores that snapshot if a step fails, so the
 * user is never left with a half-migrated workspace.
 */
export async function openAndMigrate(
  file: string,
  migrations: Record<string, Migration> = codeMigrations,
): Promise<OpenedDatabase & MigrationOutcome> {
  const existed = existsSync(file) && statSync(file).size > 0;
  const opened = openDatabase(file);
  const known = Object.keys(migrations);
  let snapshot: string | undefined;
  try {
    const executed = await executedMigrationNames(opened.db);
    const unknown = executed.filter((name) => !known.includes(name));
    if (unknown.length > 0) throw new DatabaseTooNewError(file, unknown);

    const pending = known.filter((name) => !executed.includes(name));
    if (pending.length === 0) return { ...opened, applied: [], snapshot: undefined };

    if (existed) {
      snapshot = `${file}.before-${pending[pending.length - 1]}.${Date.now()}.bak`;
      opened.sqlite.prepare('VACUUM INTO ?').run(snapshot);
    }

    const migrator = new Migrator({
      db: opened.db,
      provider: { getMigrations: async () => migrations },
      migrationTableName: migrationTable,
    });
    const { error, results = [] } = await migrator.migrateToLatest();
    if (error) {
      const failed = results.find((r) => r.status === 'Error')?.migrationName;
      throw new MigrationFailedError(file, failed, snapshot, error);
    }
    return { ...opened, applied: results.map((r) => r.migrationName), snapshot };
  } catch (error) {
    await opened.db.destroy();
    if (error instanceof MigrationFailedError) {
      // An existing workspace goes back to its snapshot; a brand-new file is removed so the next start begins clean.
      if (snapshot) restoreSnapshot(file, snapshot);
      else if (!existed) removeWithSidecars(file);
    }
    throw error;
  }
}

function removeWithSidecars(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) rmSync(path, { force: true });
}

function restoreSnapshot(file: string, snapshot: string): void {
  removeWithSidecars(file);
  copyFileSync(snapshot, file);
}
