import { askUsage, describeAskFailure, parseAskArguments } from "../../scripts/ask-arguments";

const id = "6b8e1792-839d-4cdc-99a3-b39e2c679fc6";

describe("parseAskArguments", () => {
  it.each([
    [["what", "time", "is", "it"], { text: "what time is it" }],
    [["where is it", "--session", id], { text: "where is it", sessionId: id }],
    [["--session", id.toUpperCase(), "where is it"], { text: "where is it", sessionId: id.toUpperCase() }],
  ])("%j reads as %j", (argv, expected) => {
    expect(parseAskArguments(argv)).toEqual(expected);
  });

  it.each([
    [["hi", "--session", "g1"], /--session takes the session id an earlier turn printed .* not "g1"; leave it out to start a new session/],
    [["hi", "--session"], /not nothing/],
    [[], /^usage: /],
    [["--session", id], /^usage: /],
  ])("%j is refused with a sentence saying why", (argv, message) => {
    const asked = parseAskArguments(argv);
    expect("error" in asked && asked.error).toMatch(message);
  });

  it("names the flag in its usage line", () => expect(askUsage).toContain("[--session ID]"));
});

describe("describeAskFailure", () => {
  it("names each field the coordinator refused", () => {
    const body = { error: { code: "validation_failed", message: "invalid request body", details: [{ path: "sessionId", message: "Invalid UUID" }] } };
    expect(describeAskFailure(400, body)).toBe("coordinator answered 400: invalid request body (sessionId: Invalid UUID)");
  });

  it("says how to go on when the session has ended", () => {
    const body = { error: { code: "unknown_session", message: `no session ${id}` } };
    expect(describeAskFailure(404, body)).toBe(`coordinator answered 404: no session ${id}; leave out --session to start a new session`);
  });

  it("shows a body without an error envelope as it came", () => {
    expect(describeAskFailure(502, { reply: "x" } as never)).toBe('coordinator answered 502: {"reply":"x"}');
  });
});
