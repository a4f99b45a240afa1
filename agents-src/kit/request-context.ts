import { AsyncLocalStorage } from "node:async_hooks";

export const requestIdHeader = "x-request-id";

/** Carries the request id through async work so peer calls forward it without threading it by hand. */
const storage = new AsyncLocalStorage<{ requestId: string }>();

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
