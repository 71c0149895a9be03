// The services' own configuration as the repository holds it, read one way by every script that checks or describes
// it: k8s/scripts/validate.mjs (the manifests against it) and scripts/config-reference.mjs (docs/operations.md's
// reference). Node's own modules only, so that a script with no npm packages can import it.

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const SERVICES = ["case-notes-service", "visits-service", "deadlines-service", "approvals-service"];

// Defaults every service shares (config_ordinal 150), below each service's application.properties (250).
export const backboneProperties = (repo) =>
  join(repo, "casework-backbone/src/main/resources/META-INF/microprofile-config.properties");
export const serviceProperties = (repo, service) => join(repo, service, "src/main/resources/application.properties");

// Every key=value line of a properties file as this suite writes them (no continuation lines, `=` only), in order:
// { key, value, profile, line }. A profile line (%test.key=value) has the profile's name(s) and the key without it;
// profile is undefined otherwise. line counts from 1.
export function propertyEntries(path) {
  const entries = [];
  readFileSync(path, "utf8").split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const i = line.indexOf("=");
    if (i <= 0) return;
    const name = line.slice(0, i).trim();
    const profiled = name.match(/^%([^.]*)\.(.*)$/);
    entries.push({
      key: profiled ? profiled[2] : name,
      value: line.slice(i + 1).trim(),
      profile: profiled ? profiled[1] : name.startsWith("%") ? name.slice(1) : undefined,
      line: index + 1,
    });
  });
  return entries;
}

// The properties without a profile, a later line winning: what validate.mjs checks the manifests against.
export function readProperties(path) {
  const props = new Map();
  for (const e of propertyEntries(path)) {
    if (e.profile === undefined) props.set(e.key, e.value); // profiles (%test, %dev) do not deploy
  }
  return props;
}

export function javaFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? javaFiles(path) : name.endsWith(".java") ? [path] : [];
  });
}

// The environment variable Quarkus maps to a property: quarkus.management.port is QUARKUS_MANAGEMENT_PORT.
export function envName(key) { return key.toUpperCase().replace(/[^A-Z0-9]/g, "_"); }
