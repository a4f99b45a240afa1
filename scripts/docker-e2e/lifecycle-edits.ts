import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The two changes a user makes between `pulumi up`s in the lifecycle run, and their undoing:
 * one agent source file of the core family, and a new migration.
 */
export class LifecycleEdits {
  readonly coreChange = "agents-src/core/coordinator/config.ts";
  readonly migrationName = "20991231000000000_lifecycle_check.sql";
  private original: string | undefined;

  constructor(private readonly projectDir: string) {}

  private get corePath(): string {
    return path.join(this.projectDir, this.coreChange);
  }

  private get migrationPath(): string {
    return path.join(this.projectDir, "agents-src/memory/migrations", this.migrationName);
  }

  /** A comment survives compilation, so the core image's compiled code, and so its ID, change. */
  changeCoreSource(): void {
    this.original = fs.readFileSync(this.corePath, "utf8");
    fs.writeFileSync(this.corePath, `${this.original}\n// changed by the docker e2e lifecycle run at ${new Date().toISOString()}\n`);
  }

  addMigration(): void {
    fs.writeFileSync(this.migrationPath, "-- Added by the docker e2e lifecycle run: a migration that changes nothing.\nSELECT 1;\n");
  }

  restore(): void {
    if (this.original !== undefined) fs.writeFileSync(this.corePath, this.original);
    fs.rmSync(this.migrationPath, { force: true });
  }
}
