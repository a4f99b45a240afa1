/** Keeps this process's event loop busy for `ms`: the load an agent started in the test process feels. */
export function blockEventLoop(ms: number): void {
  for (const end = Date.now() + ms; Date.now() < end; );
}
