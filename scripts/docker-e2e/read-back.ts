import type Dockerode from "dockerode";
import type { DeploymentState } from "./deployment-state";
import {
  declaredContainer,
  declaredNetwork,
  declaredVolume,
  readContainer,
  readNetwork,
  readVolume,
  stateDifferences,
  type ReadBackDifference,
} from "./provider-read";

/**
 * Reads every container, network and volume of the checkpoint back from the engine and diffs the
 * provider's view of it against what the program declared: what a refresh, and so the next
 * preview, would find changed.
 */
export async function readBackDifferences(engine: Dockerode, state: DeploymentState): Promise<{ read: number; differences: ReadBackDifference[] }> {
  const differences: ReadBackDifference[] = [];
  let read = 0;
  for (const record of state.records.values()) {
    const where = `${record.type.slice(record.type.lastIndexOf(":") + 1)} ${record.name}`;
    switch (record.type) {
      case "docker:index/container:Container":
        differences.push(
          ...stateDifferences(where, record.type, declaredContainer(record.inputs), readContainer(await engine.getContainer(record.id).inspect(), record.inputs)),
        );
        break;
      case "docker:index/network:Network":
        differences.push(...stateDifferences(where, record.type, declaredNetwork(record.inputs), readNetwork(await engine.getNetwork(record.id).inspect())));
        break;
      case "docker:index/volume:Volume":
        differences.push(...stateDifferences(where, record.type, declaredVolume(record.inputs), readVolume(await engine.getVolume(record.id).inspect())));
        break;
      default:
        continue;
    }
    read++;
  }
  return { read, differences };
}
