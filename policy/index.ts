import { PolicyPack } from "@pulumi/policy";
import { voicePolicies } from "./policies";

// Loaded by the Pulumi CLI (`pulumi preview --policy-pack policy`), which runs it with this
// directory as the working directory and talks to it over gRPC.
new PolicyPack("voice-assistant", {
  description: "Rules every deployment of the voice assistant stack keeps",
  enforcementLevel: "mandatory",
  policies: voicePolicies.map(({ check, ...policy }) => ({
    ...policy,
    validateResource: (args, reportViolation) => {
      for (const message of check(args)) reportViolation(message);
    },
  })),
});
