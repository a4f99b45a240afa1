/**
 * Paths clients open on the stack, known to more than one image family: the preprocessor serves
 * the audio WebSocket, and the coordinator tells the web client where it is.
 */

/** Client audio ingress: `GET /v1/audio` on the fused-audio-preprocessor upgrades to the session WebSocket. */
export const clientAudioPath = "/v1/audio";
