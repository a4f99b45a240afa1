/** A memory any reader may still see: not deleted, not past its TTL, not superseded. */
export function standingMemory(alias: string): string {
  return `${alias}.deleted_at IS NULL AND (${alias}.expires_at IS NULL OR ${alias}.expires_at > now()) AND ${alias}.superseded_by IS NULL`;
}
