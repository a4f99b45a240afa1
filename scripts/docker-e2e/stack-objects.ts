import type Dockerode from "dockerode";

interface CreatedContainer {
  id: string;
  name: string;
  /** A one-shot job, done when it exited, rather than a service that must stay healthy. */
  job: boolean;
  stopGraceSeconds?: number;
}

interface Named {
  id: string;
  name: string;
}

export interface Leftovers {
  containers: string[];
  networks: string[];
  volumes: string[];
}

const isMissing = (err: unknown) => (err as { statusCode?: number }).statusCode === 404;

async function ignoringMissing(action: Promise<unknown>): Promise<void> {
  try {
    await action;
  } catch (err) {
    if (!isMissing(err)) throw err;
  }
}

/** Every container, network and volume the run created, so teardown removes exactly those. */
export class StackObjects {
  readonly containers: CreatedContainer[] = [];
  readonly networks: Named[] = [];
  readonly volumes: string[] = [];

  constructor(
    private readonly engine: Dockerode,
    /** The `voice.stack` label the program puts on everything it declares. */
    readonly stack: string,
  ) {}

  /** Stops a container with its declared grace period and removes it. */
  async removeContainer(id: string): Promise<void> {
    const grace = this.containers.find((c) => c.id === id)?.stopGraceSeconds;
    const handle = this.engine.getContainer(id);
    try {
      await handle.stop({ t: grace });
    } catch (err) {
      // 304: already stopped.
      if (!isMissing(err) && (err as { statusCode?: number }).statusCode !== 304) throw err;
    }
    await ignoringMissing(handle.remove({ force: true, v: true }));
    // Looked up again: replacements run side by side, and each changes the list while it waits.
    this.forget(this.containers, (c) => c.id === id);
  }

  private forget<T>(list: T[], match: (item: T) => boolean): void {
    const index = list.findIndex(match);
    if (index >= 0) list.splice(index, 1);
  }

  async removeNetwork(id: string): Promise<void> {
    await ignoringMissing(this.engine.getNetwork(id).remove());
    this.forget(this.networks, (n) => n.id === id);
  }

  async removeVolume(name: string): Promise<void> {
    await ignoringMissing(this.engine.getVolume(name).remove());
    this.forget(this.volumes, (v) => v === name);
  }

  /** Removes, in reverse order of creation, stopping each container with its declared grace period. */
  async removeAll(): Promise<void> {
    for (const container of [...this.containers].reverse()) await this.removeContainer(container.id);
    for (const network of [...this.networks].reverse()) await this.removeNetwork(network.id);
    for (const volume of [...this.volumes].reverse()) await this.removeVolume(volume);
  }

  /** What is still there: anything the run created, or anything carrying the stack's label. */
  async leftovers(): Promise<Leftovers> {
    const label = { label: [`voice.stack=${this.stack}`] };
    const created = {
      containers: new Set(this.containers.map((c) => c.id)),
      networks: new Set(this.networks.map((n) => n.id)),
      volumes: new Set(this.volumes),
    };
    const [containers, labelledContainers, networks, labelledNetworks, volumes, labelledVolumes] = await Promise.all([
      this.engine.listContainers({ all: true }),
      this.engine.listContainers({ all: true, filters: label }),
      this.engine.listNetworks(),
      this.engine.listNetworks({ filters: label }),
      this.engine.listVolumes(),
      this.engine.listVolumes({ filters: label }),
    ]);
    const labelledContainerIds = new Set(labelledContainers.map((c) => c.Id));
    const labelledNetworkIds = new Set(labelledNetworks.map((n) => n.Id));
    const labelledVolumeNames = new Set((labelledVolumes.Volumes ?? []).map((v) => v.Name));
    return {
      containers: containers
        .filter((c) => created.containers.has(c.Id) || labelledContainerIds.has(c.Id))
        .map((c) => c.Names[0].replace(/^\//, "")),
      networks: networks.filter((n) => created.networks.has(n.Id) || labelledNetworkIds.has(n.Id)).map((n) => n.Name),
      volumes: (volumes.Volumes ?? [])
        .filter((v) => created.volumes.has(v.Name) || labelledVolumeNames.has(v.Name))
        .map((v) => v.Name),
    };
  }

  /** A run killed before its teardown leaves labelled objects whose names the next run needs. */
  async removeLeftoversOfEarlierRun(): Promise<Leftovers> {
    const left = await this.leftovers();
    for (const name of left.containers) await ignoringMissing(this.engine.getContainer(name).remove({ force: true, v: true }));
    for (const name of left.networks) await ignoringMissing(this.engine.getNetwork(name).remove());
    for (const name of left.volumes) await ignoringMissing(this.engine.getVolume(name).remove());
    return left;
  }
}
