import { loadStackConfig, readProjectConfig, type StackSettings } from "../../components/config";
import { allowedBrowserOrigins, webAudioPort, webClientOrigins } from "../../components/services/webClient";
import { project, stackConfig } from "./mockedProgram";

const prod = loadStackConfig(readProjectConfig(stackConfig("prod"), project)).settings;

function withServices(services: Partial<StackSettings["services"]>, extra: Partial<StackSettings> = {}): StackSettings {
  return { ...prod, ...extra, services: { ...prod.services, ...services } };
}
const published = (http: true | number, hostIp = "127.0.0.1") => ({ ...prod.services.coordinator!, publish: { http, hostIp } });

describe("the web client's origins and audio port", () => {
  it.each<[string, StackSettings, string[]]>([
    ["the coordinator on its own port", withServices({ coordinator: published(true) }), ["http://localhost:7000", "http://127.0.0.1:7000"]],
    ["the coordinator moved to 8443", withServices({ coordinator: published(8443) }), ["http://localhost:8443", "http://127.0.0.1:8443"]],
    ["an IPv6 host name", withServices({ coordinator: published(true) }, { allowedHosts: ["::1"] }), ["http://[::1]:7000"]],
    ["the coordinator not published", withServices({ coordinator: { ...prod.services.coordinator!, publish: undefined } }), []],
  ])("%s", (_case, settings, origins) => {
    expect(webClientOrigins(settings)).toEqual(origins);
  });

  it("adds them to the configured origins once each", () => {
    const settings = withServices({ coordinator: published(true) }, { allowedOrigins: ["https://voice.example", "http://127.0.0.1:7000"] });
    expect(allowedBrowserOrigins(settings)).toEqual(["https://voice.example", "http://127.0.0.1:7000", "http://localhost:7000"]);
  });

  it.each<[string, StackSettings, number | undefined]>([
    ["published on its own port", withServices({ "fused-audio-preprocessor": published(true) }), 6550],
    ["published on another port", withServices({ "fused-audio-preprocessor": published(16550) }), 16550],
    ["not published", withServices({ "fused-audio-preprocessor": { ...prod.services["fused-audio-preprocessor"]!, publish: undefined } }), undefined],
  ])("gives the page the preprocessor's port when %s", (_case, settings, port) => {
    expect(webAudioPort(settings)).toBe(port);
  });
});
