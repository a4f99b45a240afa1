/** Waits until `predicate` holds, checking every 20 ms; fails naming `what` after `ms`. */
export async function until(predicate: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  for (const deadline = Date.now() + ms; !(await predicate()); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}
