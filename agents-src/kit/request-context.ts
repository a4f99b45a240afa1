import { AsyncLocalStorage } from "node:async_hooks";

export const requestIdHeader = "x-request-id";

interface RequestContext {
  requestId?: string;
  /** The user the work is done for: peer calls made inside carry it (see user-scope.ts). */
  userId?: string;
}

/** Carries the request id and user through async work so peer calls forward them without threading them by hand. */
const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ ...storage.getStore(), requestId }, fn);
}

export function runAsUser<T>(userId: string, fn: () => T): T {
  return storage.run({ ...storage.getStore(), userId }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

export function currentUserId(): string | undefined {
  return storage.getStore()?.userId;
}
