/** Posts a bad body and checks the 4xx error envelope and that the agent still answers /health. */
export async function expectRefusedAndHealthy(
  baseUrl: string,
  path: string,
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const res = await fetch(`${baseUrl}${path}`, { method: "POST", headers: { "content-type": contentType, ...headers }, body });
  expect(res.status).toBe(status);
  const json = (await res.json()) as { error: { code: string; message: string } };
  expect(json.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
  expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
}
