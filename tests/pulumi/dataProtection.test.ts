import { project, runProgram, stackConfig, withBuiltSource, type ProgramRun, type StackName } from "./mockedProgram";

const run = (stack: StackName, overrides: Record<string, string> = {}) =>
  runProgram(stack, { ...withBuiltSource(stackConfig(stack)), ...overrides });

const retained = (program: ProgramRun) => program.resources.filter((r) => r.options.retainOnDelete).map((r) => r.name).sort();

const databaseObjects = ["database-app-role", "database-migration-role", "database-db", "database-app-connect", "database-public-revoke", "database-vector"];

describe("data protection (stack config protectData)", () => {
  it("keeps the pgdata, backups and speakers volumes and every database object through a destroy when on", async () => {
    expect(retained(await run("dev", { [`${project}:protectData`]: "true" }))).toEqual(["volumes-backups", "volumes-pgdata", "volumes-speakers", ...databaseObjects].sort());
  });

  it("is on in prod, where the database objects on the shared server and the backups and speakers volumes are kept", async () => {
    expect(retained(await run("prod"))).toEqual(["volumes-backups", "volumes-speakers", ...databaseObjects].sort());
  });

  it("is off in the dev stack file: destroy removes the data", async () => {
    expect(retained(await run("dev"))).toEqual([]);
  });

  it("adopts a kept database and its roles by name when database.adopt is set", async () => {
    const database = JSON.parse(stackConfig("dev")[`${project}:database`]);
    const program = await run("dev", { [`${project}:database`]: JSON.stringify({ ...database, adopt: true }) });
    const adopted = program.resources.filter((r) => r.options.importId !== "").map((r) => [r.name, r.options.importId, r.options.ignoreChanges]);
    expect(adopted.sort()).toEqual(
      [
        ["database-app-role", "voice_app", ["password"]],
        ["database-db", "voice", []],
        ["database-migration-role", "voice_migrator", ["password"]],
      ].sort(),
    );
  });
});
