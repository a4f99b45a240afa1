/** A wrong invocation: exit code 2 with the usage line, as command-line tools do. */
export class UsageError extends Error {}

/** Runs a command's body with process.argv's arguments and maps failures to exit codes (2 usage, 1 other). */
export function runCommand(body: (argv: string[]) => Promise<void>): void {
  body(process.argv.slice(2)).then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(err instanceof UsageError ? 2 : 1);
    },
  );
}
