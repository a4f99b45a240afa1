/**
 * Spoken turns pc2 is unsure of, on real agents: real speech, real pocketsphinx, the real router
 * and memory on PostgreSQL. The coordinator is set to question every transcript below a
 * confidence of 1, which pocketsphinx's posterior never reaches for a sentence, so each reply
 * here is the one a low-confidence transcript gets.
 */
import { Client } from "pg";
import pino from "pino";
import { agent as coordinatorAgent } from "../../agents-src/core/coordinator/agent";
import { heardQuestion, notRemembered, repeatRequest } from "../../agents-src/core/coordinator/uncertain-hearing";
import { startAgent } from "../../agents-src/kit/agent";
import { createPublisher, TopicPublisher } from "../../agents-src/kit/messaging";
import { AudioClient } from "../audio/audio-client";
import { speak } from "../pc2/support/spoken-audio";
import { deviceTokenFor } from "../support/access";
import { connectSpeaker, coordinatorEnvFor, startPreprocessor, startTaskRouter } from "../support/coordinator-peers";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { startMemoryOrchestrator, startPc2, startSessionMemory, unreachableUrl } from "../support/memory-services";
import { startedAgents } from "../support/started-agents";

describe("spoken turns the recogniser is unsure of", () => {
  let db: TestDatabase;
  let sql: Client;
  const agents = startedAgents();
  const { started } = agents;
  let vad: TopicPublisher;
  let client: AudioClient;
  let audioSession: string;

  const memories = async () => (await sql.query("SELECT content FROM memories WHERE deleted_at IS NULL ORDER BY created_at")).rows.map((r) => r.content);
  const eventsOf = (type: string) => client.events.filter((e) => e.type === type);

  /** Speaks `text` as the VAD would hand it over, and returns the transcript and reply events it got. */
  const say = async (text: string) => {
    const replies = eventsOf("reply").length;
    const pcm = await speak(text, { format: "raw", voice: "en-us+f2", wordsPerMinute: 130 });
    vad.publish("utterance", { sessionId: audioSession, stream: 0, rate: 16000, width: 2, channels: 1, utteranceId: text, seq: 0, startedAt: Date.now() }, pcm);
    await client.waitFor(() => eventsOf("reply").length === replies + 1, `the reply to "${text}"`, 20_000);
    return { transcript: eventsOf("transcript")[replies], reply: eventsOf("reply")[replies] };
  };

  beforeAll(async () => {
    db = await createTestDatabase("uncertain_hearing");
    await migrate(db.url);
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    const pc2 = await started(startPc2());
    const orchestrator = await started(startMemoryOrchestrator(db.url, pc2.url));
    const sessions = await started(startSessionMemory(db.url, orchestrator.url));
    const down = await unreachableUrl();
    const peers = { pc2: pc2.url, orchestrator: orchestrator.url, reasoning: down, health: down };
    const router = await started(startTaskRouter(peers));
    const preprocessor = await started(startPreprocessor(orchestrator.url));
    vad = await createPublisher({ port: 0, logger: pino({ level: "silent" }) });
    const coordinatorEnv = coordinatorEnvFor(
      {
        ...peers,
        router: router.url,
        sessions: sessions.url,
        preprocessor: preprocessor.url,
        vadPub: `tcp://127.0.0.1:${vad.port}`,
        timekeeper: down,
        timekeeperPub: down.replace("http", "tcp"),
      },
      { COORDINATOR_MIN_STT_CONFIDENCE: "1" },
    );
    await started(startAgent(coordinatorAgent, coordinatorEnv));
    const { token } = await deviceTokenFor(db.url, "test-user");
    ({ client, sessionId: audioSession } = await connectSpeaker(preprocessor.url, { authorization: `Bearer ${token}` }));
  }, 120_000);

  afterAll(async () => {
    client?.socket.close();
    await agents.closeAll();
    await vad?.close();
    await sql?.end();
    await db?.drop();
    await releaseTestServer();
  });

  it("reads a statement back instead of storing it, and stores it after a yes", async () => {
    const { transcript, reply } = await say("remember that my car is parked on level three");
    expect(transcript.confidence).toBeGreaterThanOrEqual(0);
    expect(transcript.confidence).toBeLessThan(1);
    expect(reply).toMatchObject({ intent: "remember", text: heardQuestion(transcript.text as string) });
    expect(reply.text).toBe(`I heard "${transcript.text}" - should I remember that?`);
    expect(await memories()).toEqual([]);

    const confirmed = await say("yes");
    expect(confirmed.transcript.text).toBe("yes");
    expect(confirmed.reply).toMatchObject({ intent: "remember", text: expect.stringMatching(/^Okay, I'll remember that your car is parked on level/) });
    expect(await memories()).toHaveLength(1);
  }, 60_000);

  it("forgets the statement after a no", async () => {
    const { reply } = await say("remember that my bike is in the shed");
    expect(reply.text).toMatch(/^I heard ".*" - should I remember that\?$/);
    const declined = await say("no");
    expect(declined.reply).toMatchObject({ intent: "remember", text: notRemembered });
    expect(declined.reply.text).toBe("Okay, I won't remember that.");
    expect(await memories()).toHaveLength(1);
  }, 60_000);

  it("asks to hear anything else again, without acting on it", async () => {
    const { reply } = await say("what time is it");
    expect(reply.text).toBe(repeatRequest);
    expect(reply.text).toBe("Sorry, I didn't catch that. Could you say it again?");
    // A yes that answers no question is heard as any other words.
    const stray = await say("yes");
    expect(stray.reply.text).toBe(repeatRequest);
    expect(await memories()).toHaveLength(1);
  }, 60_000);
});
