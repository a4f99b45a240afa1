/**
 * ws reports a client that breaks the WebSocket protocol (a frame over maxPayload, a bad opcode,
 * an unmasked frame) as a socket error whose code starts with WS_ERR_, and is already closing the
 * socket with the matching status (1009 for a frame over the limit). A reset or a broken pipe is
 * the client leaving. Neither is a fault of the server.
 */
export function isClientSocketFault(err: NodeJS.ErrnoException): boolean {
  return err.code !== undefined && (err.code.startsWith("WS_ERR_") || err.code === "ECONNRESET" || err.code === "EPIPE");
}
