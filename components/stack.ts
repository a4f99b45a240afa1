import * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";
import type { ImageFamily, ServiceName } from "../agents-src/kit/catalog";
import rootPackage from "../package.json";
import type { LoadedStackConfig } from "./config";
import { Database, planDatabase } from "./database";
import { Images, planRegistryAuth } from "./images";
import { Networks, type NetworkKey } from "./network";
import { jobInputDigests, Service, planServices, serviceEndpoint, type ServiceEndpoint } from "./services";
import { planMountSources, sourceMountProblem, Volumes } from "./volumes";

export interface StackOutputs {
  services: Partial<Record<ServiceName, ServiceEndpoint>>;
  networks: Record<NetworkKey, pulumi.Output<string>>;
  images: Record<ImageFamily, pulumi.Output<string>>;
  database: {
    host: string;
    port: number;
    name: string;
    appUser: string;
    migrationUser: string;
    appPassword: pulumi.Output<string>;
  };
  /** How a first device gets in: words only, never the token itself. */
  deviceAccess: string;
  /** The web client's page, served by the coordinator; absent when the coordinator is not published. */
  webUrl?: string;
}

/** The stack output that tells a new user how to talk to the stack. */
export function deviceAccessHint(firstDeviceTokenSet: boolean): string {
  return firstDeviceTokenSet
    ? "Send the firstDeviceToken stack secret (pulumi config get firstDeviceToken) as `Authorization: Bearer <token>` to the coordinator's /v1/ask, " +
        'or as the first {"type":"auth","token":"<token>"} event on the audio WebSocket. More devices: DATABASE_URL=<migration role URL> npm run users -- token NAME --device LABEL.'
    : "No firstDeviceToken is set, so no device can talk to this stack yet: pulumi config set --secret firstDeviceToken \"$(openssl rand -base64 32)\", then pulumi up.";
}

/** Declares every resource of one stack from its validated config and returns the stack outputs. */
export function declareStack({ settings, secrets }: LoadedStackConfig, stack: string = pulumi.getStack()): StackOutputs {
  const unbuilt = sourceMountProblem(settings);
  if (unbuilt !== undefined) throw new Error(unbuilt);
  const registryAuth = planRegistryAuth(settings.images).map((auth) => ({ ...auth, password: secrets.registryPassword }));
  const dockerProvider = new docker.Provider("docker", {
    host: settings.dockerHost,
    ...(registryAuth.length > 0 ? { registryAuth } : {}),
  });
  const opts: pulumi.ComponentResourceOptions = { providers: [dockerProvider] };

  const images = new Images(
    "images",
    {
      settings: settings.images,
      typescriptVersion: rootPackage.devDependencies.typescript,
      registryPassword: secrets.registryPassword,
    },
    opts,
  );
  const networks = new Networks("networks", { settings: settings.networks, stack }, opts);
  const volumes = new Volumes("volumes", { sources: planMountSources(settings), stack, protectData: settings.protectData }, opts);
  const databasePlan = planDatabase(settings.database);
  const database = new Database(
    "database",
    {
      plan: databasePlan,
      passwords: { admin: secrets.dbAdminPassword, app: secrets.dbAppPassword, migration: secrets.dbMigrationPassword },
      networks: networks.names,
      mounts: volumes.sources,
      restart: settings.restart,
      stack,
      protectData: settings.protectData,
    },
    opts,
  );

  const ready = new Map<ServiceName, pulumi.Input<pulumi.Resource>[]>();
  const readyOf = (name: ServiceName) => {
    const resources = ready.get(name);
    if (resources === undefined) throw new Error(`${name} must be declared before the services that start after it`);
    return resources;
  };
  const endpoints: Partial<Record<ServiceName, ServiceEndpoint>> = {};
  for (const plan of planServices(settings, stack, jobInputDigests(settings.models))) {
    const service = new Service(
      plan.name,
      {
        plan,
        image: images.ids[plan.family],
        networks: networks.names,
        mounts: volumes.sources,
        databaseUrl: plan.database && database.urls[plan.database.role],
        internalToken: secrets.internalToken,
        firstDeviceToken: secrets.firstDeviceToken,
        modelsToken: secrets.modelsToken,
        after: [
          ...plan.startsAfter.flatMap(readyOf),
          ...(plan.database ? [database] : []),
        ],
      },
      opts,
    );
    ready.set(plan.name, service.ready);
    endpoints[plan.name] = serviceEndpoint(plan, settings.dockerHost);
  }

  return {
    services: endpoints,
    networks: networks.names,
    images: images.digests,
    database: {
      ...databasePlan.serviceEndpoint,
      name: databasePlan.name,
      appUser: databasePlan.users.app,
      migrationUser: databasePlan.users.migration,
      appPassword: secrets.dbAppPassword,
    },
    deviceAccess: deviceAccessHint(secrets.firstDeviceToken !== undefined),
    ...(endpoints.coordinator?.hostUrl !== undefined ? { webUrl: `${endpoints.coordinator.hostUrl}/` } : {}),
  };
}
