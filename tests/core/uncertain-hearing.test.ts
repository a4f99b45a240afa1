/**
 * Spoken turns pc2 is unsure of, on real agents: real speech, real pocketsphinx, the real router
 * and memory on PostgreSQL. The coordinator is set to question every transcript below a
 * confidence of 1, which pocketsphinx's posterior never reaches for a sentence, so each reply
 * here is the one a low-confidence transcript gets.
 */
import { Client } from "pg";
import pino from "pino";
import { agent as preprocessorAgent, clientAudioPath } from "../../agents-src/audio/fused-audio-preprocessor/agent";
import { agent as coordinatorAgent } from "../../agents-src/core/coordinator/agent";
import { heardQuestion, notRemembered, repeatRequest } from "../../agents-src/core/coordinator/uncertain-hearing";
import { agent as taskRouter } from "../../agents-src/core/task-router/agent";
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { createPublisher, TopicPublisher } from "../../agents-src/kit/messaging";
import { AudioClient } from "../audio/audio-client";
import { speak } from "../pc2/support/spoken-audio";
import { deviceTokenFor } from "../support/access";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { startMemoryOrchestrator, startPc2, startSessionMemory, unreachableUrl } from "../support/memory-services";
import { sharedEventLoopEnv } from "../support/shared-event-loop";

const silent = { LOG_LEVEL: "silent", HTTP_PORT: "0" };

describe("spoken turns the recogniser is unsure of", () => {
  let db: TestDatabase;
  let sql: Client;
  const agents: Array<RunningAgent<unknown>> = [];
  let vad: TopicPublisher;
  let client: AudioClient;
  let audioSession: string;

  const started = async <C>(agent: Promise<RunningAgent<C>>): Promise<RunningAgent<C>> => {
    const running = await agent;
    agents.push(running as RunningAgent<unknown>);
    return running;
  };
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
    const router = await started(
      startAgent(taskRouter, {
        ...silent,
        SERVICE_NAME: "task-router",
        PC2_URL: pc2.url,
        MEMORY_ORCHESTRATOR_URL: orchestrator.url,
        UNIFIED_MEMORY_REASONING_URL: down,
        HEALTH_MONITOR_URL: down,
      }),
    );
    // The preprocessor asks memory-orchestrator whose device token the client presents.
    const preprocessor = await started(
      startAgent(preprocessorAgent, { ...silent, ...sharedEventLoopEnv, SERVICE_NAME: "fused-audio-preprocessor", ZMQ_PUB_PORT: "0", MEMORY_ORCHESTRATOR_URL: orchestrator.url }),
    );
    vad = await createPublisher({ port: 0, logger: pino({ level: "silent" }) });
    await started(
      startAgent(coordinatorAgent, {
        ...silent,
        SERVICE_NAME: "coordinator",
        TASK_ROUTER_URL: router.url,
        SESSION_MEMORY_URL: sessions.url,
        MEMORY_ORCHESTRATOR_URL: orchestrator.url,
        UNIFIED_MEMORY_REASONING_URL: down,
        HEALTH_MONITOR_URL: down,
        PC2_URL: pc2.url,
        FUSED_AUDIO_PREPROCESSOR_URL: preprocessor.url,
        VAD_PUB_URL: `tcp://127.0.0.1:${vad.port}`,
        TIMEKEEPER_URL: down,
        TIMEKEEPER_PUB_URL: down.replace("http", "tcp"),
        TIME_ZONE: "UTC",
        COORDINATOR_MIN_STT_CONFIDENCE: "1",
      }),
    );
    const { token } = await deviceTokenFor(db.url, "test-user");
    client = await AudioClient.connect(`${preprocessor.url.replace("http", "ws")}${clientAudioPath}`, { authorization: `Bearer ${token}` });
    audioSession = await client.sessionId;
    // A SUB socket only receives what is published after it has connected.
    await new Promise((r) => setTimeout(r, 300));
  }, 120_000);

  afterAll(async () => {
    client?.socket.close();
    for (const agent of agents.reverse()) await agent.close();
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
