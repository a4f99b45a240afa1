export * from "./schema";
export { StackConfigError, parseStackConfig } from "./parse";
export { loadStackConfig, readProjectConfig, type LoadedStackConfig, type StackSecrets } from "./load";
export { publishedPorts, type PortBinding, type PublishedPort } from "./publishedPorts";
