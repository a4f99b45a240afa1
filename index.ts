import { loadStackConfig } from "./components/config";
import { declareStack } from "./components/stack";

/** Pulumi calls an exported function and publishes what it returns as the stack outputs. */
export = () => declareStack(loadStackConfig());
