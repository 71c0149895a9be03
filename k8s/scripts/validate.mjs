// Validates rendered Kustomize overlays without a cluster. Run by validate.sh:
//
//   node k8s/scripts/validate.mjs dev=/tmp/dev.yaml production=/tmp/production.yaml ...
//
// 1. Core objects (Namespace, Deployment, Service, ConfigMap, HorizontalPodAutoscaler, PodDisruptionBudget,
//    NetworkPolicy, Ingress) against the Kubernetes schemas of the npm package kubernetes-models, plus a check for
//    unknown (misspelt) fields, which those schemas let through, from the same package's type declarations.
//    The PrometheusRule likewise, from @kubernetes-models/prometheus-operator.
// 2. Operator resources: Strimzi's and CloudNativePG's against their CRD schemas (npm packages generated from the
//    operators' CRDs); all of them, Keycloak's and the Barman Cloud plugin's too, for the fields each needs.
// 3. The wiring between them, and against the services' own configuration (application.properties): every
//    Kafka topic a service publishes or consumes exists and its KafkaUser has exactly the ACLs it needs; each
//    Deployment reads the Secrets of its own database cluster and Kafka user; the database roles are split (the
//    app container connects as the cluster's managed runtime role and never sees the owner's Secret, a migrate
//    initContainer migrates as the owner); case-notes-service mounts its record chain keys; every setting whose
//    default points at 127.0.0.1, or that has no default, is set; every container, init containers included, is
//    non-root, read-only and bounded, and the app probed; the alerts that must exist do. The ports: each container's
//    API port is the service's quarkus.http.port, its management port (health, metrics) quarkus.management.port as
//    the environment sets it; probes and Prometheus read the management port, which only Prometheus may reach and
//    no Ingress routes to; the Ingress routes each service's root path (quarkus.http.root-path) by its first segment
//    to its API port, unbuffered and with a read timeout the inbox stream needs; Swagger UI on the Ingress's host may
//    sign in (casework-web's redirect URIs) at the realm's public URL; tracing is on only with a collector's address
//    and the egress to it; no CASEWORK_* setting is set that no service given it reads.
// Exits 1 listing every problem.

import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { Service } from "kubernetes-models/v1/Service";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";
import { PodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { Kafka } from "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1/Kafka";
import { KafkaNodePool } from "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1/KafkaNodePool";
import { KafkaTopic } from "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1/KafkaTopic";
import { KafkaUser } from "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1/KafkaUser";
import { Cluster } from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster";
import { ScheduledBackup } from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/ScheduledBackup";
// Shared with scripts/config-reference.mjs: how the services' properties files and code are read.
import {
  SERVICES, backboneProperties, serviceProperties, readProperties, javaFiles, envName,
} from "../../scripts/lib/service-config.mjs";

const SCRIPTS = dirname(fileURLToPath(import.meta.url));
const REPO = join(SCRIPTS, "..", "..");
// The record chain's key ring: a Secret of operators' making, mounted read-only in the app and in the migrate
// initContainer (the migration that chains the rows already recorded signs with it), and in no other service.
const RECORD_CHAIN = {
  "case-notes-service": { secret: "case-notes-record-chain-keys", dir: "/etc/casework/record-chain-keys" },
};
// Alerts that must exist, whatever else the PrometheusRule holds: the metrics each must watch, and its severity.
const REQUIRED_ALERTS = {
  CaseworkRecordChainBroken: { severity: "critical", metrics: ["casework_record_chain_breaks_total", "casework_record_chain_broken_children"] },
  CaseworkRecordChainVerificationStale: { severity: "warning", metrics: ["casework_record_chain_last_verified_timestamp_seconds"] },
};
// Server-Sent Events the front door must pass unbuffered and hold open: the service, and the property of its heartbeat.
const STREAMS = { "approvals-service": "casework.approvals.inbox-stream.heartbeat" };
// Role attributes a service's runtime role must not have.
const ELEVATED = ["superuser", "createdb", "createrole", "replication", "bypassrls"];

const CORE = {
  "v1/Namespace": { model: Namespace, type: "IIoK8sApiCoreV1Namespace" },
  "v1/Service": { model: Service, type: "IIoK8sApiCoreV1Service" },
  "v1/ServiceAccount": { model: ServiceAccount, type: "IIoK8sApiCoreV1ServiceAccount" },
  "v1/ConfigMap": { model: ConfigMap, type: "IIoK8sApiCoreV1ConfigMap" },
  // case-notes-service's documents (casework.documents.store=filesystem).
  "v1/PersistentVolumeClaim": { model: PersistentVolumeClaim, type: "IIoK8sApiCoreV1PersistentVolumeClaim" },
  "apps/v1/Deployment": { model: Deployment, type: "IIoK8sApiAppsV1Deployment" },
  "autoscaling/v2/HorizontalPodAutoscaler": { model: HorizontalPodAutoscaler, type: "IIoK8sApiAutoscalingV2HorizontalPodAutoscaler" },
  "policy/v1/PodDisruptionBudget": { model: PodDisruptionBudget, type: "IIoK8sApiPolicyV1PodDisruptionBudget" },
  "networking.k8s.io/v1/NetworkPolicy": { model: NetworkPolicy, type: "IIoK8sApiNetworkingV1NetworkPolicy" },
  "networking.k8s.io/v1/Ingress": { model: Ingress, type: "IIoK8sApiNetworkingV1Ingress" },
  // Not core, but its package has schemas and type declarations like the core ones.
  "monitoring.coreos.com/v1/PrometheusRule": { model: PrometheusRule, type: "IComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1PrometheusRule" },
  "monitoring.coreos.com/v1/PodMonitor": { model: PodMonitor, type: "IComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1PodMonitor" },
};
// Operators' resources whose CRD schemas a package on the npm registry carries (generated from Strimzi 1.0's and
// CloudNativePG's CRDs): types, enums, required fields and formats, as the API server would check them. Their
// declarations nest anonymous types, which the unknown-field check cannot read: a misspelt field there is left to the
// server's strict field validation (`kubectl apply --dry-run=server`).
const OPERATOR_SCHEMAS = {
  "kafka.strimzi.io/v1/Kafka": Kafka,
  "kafka.strimzi.io/v1/KafkaNodePool": KafkaNodePool,
  "kafka.strimzi.io/v1/KafkaTopic": KafkaTopic,
  "kafka.strimzi.io/v1/KafkaUser": KafkaUser,
  "postgresql.cnpg.io/v1/Cluster": Cluster,
  "postgresql.cnpg.io/v1/ScheduledBackup": ScheduledBackup,
};
// Every operator kind the overlays may hold. Those without a CRD schema in any registry these machines reach (the
// Barman Cloud plugin's ObjectStore, the Keycloak operator's resources) are checked only field by field, below.
const OPERATOR_KINDS = new Set([
  "kafka.strimzi.io/v1/Kafka", "kafka.strimzi.io/v1/KafkaNodePool", "kafka.strimzi.io/v1/KafkaTopic",
  "kafka.strimzi.io/v1/KafkaUser", "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/ScheduledBackup",
  "barmancloud.cnpg.io/v1/ObjectStore", "k8s.keycloak.org/v2alpha1/Keycloak",
  "k8s.keycloak.org/v2alpha1/KeycloakRealmImport",
]);

// ---------------------------------------------------------------------------------------------------------------
// Unknown fields: the property names of every Kubernetes type, read from kubernetes-models' .d.ts files.

function declarationFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "node_modules" && name !== "_schemas") out.push(...declarationFiles(path));
    } else if (name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

function loadTypes() {
  const types = new Map(); // global name (IIoK8s...) -> Map(property -> type text)
  const roots = [join(SCRIPTS, "node_modules", "kubernetes-models"),
    join(SCRIPTS, "node_modules", "@kubernetes-models", "apimachinery"),
    join(SCRIPTS, "node_modules", "@kubernetes-models", "prometheus-operator")];
  for (const file of roots.flatMap(declarationFiles)) {
    const text = readFileSync(file, "utf8");
    const locals = new Map();
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const head = lines[i].match(/^export interface (\w+)( extends TypeMeta)? \{$/);
      if (!head) continue;
      const props = new Map(head[2] ? [["apiVersion", "string"], ["kind", "string"]] : []);
      for (i++; i < lines.length && lines[i] !== "}"; i++) {
        const prop = lines[i].match(/^ {4}"([^"]+)"\??: (.*)$/);
        if (!prop) continue;
        let type = prop[2];
        if (type === "{") { // { [key: string]: T; }
          let inner = "unknown";
          for (i++; i < lines.length && !/^ {4}\};$/.test(lines[i]); i++) {
            const m = lines[i].match(/\[key: string\]: (.+);$/);
            if (m) inner = m[1];
          }
          type = `Map<${inner}>`;
        } else type = type.replace(/;$/, "");
        props.set(prop[1], type);
      }
      locals.set(head[1], props);
    }
    for (const m of text.matchAll(/export type \{ (\w+) as (\w+)/g)) {
      if (locals.has(m[1])) types.set(m[2], locals.get(m[1]));
    }
  }
  return types;
}

function unknownFields(value, type, path, types, problems) {
  type = type.trim();
  let m;
  if ((m = type.match(/^Array<(.+)>$/))) {
    if (Array.isArray(value)) value.forEach((v, i) => unknownFields(v, m[1], `${path}[${i}]`, types, problems));
  } else if ((m = type.match(/^Map<(.+)>$/))) {
    if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) unknownFields(v, m[1], `${path}.${k}`, types, problems);
  } else if (types.has(type) && value && typeof value === "object" && !Array.isArray(value)) {
    const props = types.get(type);
    for (const [k, v] of Object.entries(value)) {
      if (!props.has(k)) problems.push(`unknown field ${path}.${k}`);
      else unknownFields(v, props.get(k), `${path}.${k}`, types, problems);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The services' own configuration.

function serviceConfig(service) {
  const backbone = readProperties(backboneProperties(REPO));
  const own = readProperties(serviceProperties(REPO, service));
  const props = new Map([...backbone, ...own]);
  const resolve = (v) => v.replace(/\$\{([\w.-]+)\}/g, (all, key) => (props.has(key) ? resolve(props.get(key)) : all));
  // Environment variables with a default: ${NAME:default}; and without one, which the service cannot start without.
  const env = [], required = [];
  for (const value of props.values()) {
    for (const m of value.matchAll(/\$\{([A-Z][A-Z0-9_]*):([^}]*)\}/g)) env.push({ name: m[1], fallback: m[2] });
    for (const m of value.matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g)) required.push(m[1]);
  }
  const publishes = resolve(props.get("casework.outbox.topic"));
  const consumes = [], groups = [], deadLetters = [];
  for (const [key, value] of props) {
    const m = key.match(/^mp\.messaging\.incoming\.([\w-]+)\.(topic|topics|group\.id|dead-letter-queue\.topic)$/);
    if (!m) continue;
    const v = resolve(value);
    if (m[2] === "topic" || m[2] === "topics") consumes.push(...v.split(",").map((s) => s.trim()));
    if (m[2] === "group.id") groups.push(v.replace(/\$\{quarkus\.uuid\}$/, "*")); // per-instance: a prefix
    if (m[2] === "dead-letter-queue.topic") deadLetters.push(v);
  }
  const dbUrl = env.find((e) => /_DB_URL$/.test(e.name));
  // A property as the running service sees it, given its environment (envOf: name -> value): the variable named
  // after the key itself (QUARKUS_MANAGEMENT_PORT for quarkus.management.port) wins over application.properties,
  // whose ${NAME:default} reads the environment in turn.
  const effective = (key, envOf) => {
    const direct = envOf(envName(key));
    if (direct !== undefined) return direct;
    const value = props.get(key);
    return value === undefined ? undefined : value.replace(/\$\{([\w.-]+)(?::([^}]*))?\}/g, (all, name, fallback) =>
      /^[A-Z][A-Z0-9_]*$/.test(name) ? envOf(name) ?? fallback ?? all : effective(name, envOf) ?? fallback ?? all);
  };
  // The CASEWORK_* variables the service reads: those its properties name, those that override a casework.* property
  // it has, and those under a @ConfigMapping prefix or naming a @ConfigProperty of its code (the backbone's and its
  // own).
  const named = new Set([...env.map((e) => e.name), ...required, ...[...props.keys()].map(envName)]);
  const java = ["casework-backbone", service].flatMap((m) => javaFiles(join(REPO, m, "src/main/java"))).map((f) => readFileSync(f, "utf8"));
  const prefixes = java.flatMap((t) => [...t.matchAll(/@ConfigMapping\(\s*prefix\s*=\s*"([^"]+)"/g)].map((m) => `${envName(m[1])}_`));
  java.forEach((t) => [...t.matchAll(/@ConfigProperty\(\s*name\s*=\s*"([^"]+)"/g)].forEach((m) => named.add(envName(m[1]))));
  const reads = (name) => named.has(name) || prefixes.some((p) => name.startsWith(p));
  return {
    effective, reads,
    rootPath: props.get("quarkus.http.root-path"),
    // The repository Jib pushes the service's image to: registry/group/name of quarkus.container-image.*, the name
    // being the application's (Quarkus's default).
    image: [props.get("quarkus.container-image.registry"), props.get("quarkus.container-image.group"),
      props.get("quarkus.container-image.name") || props.get("quarkus.application.name")].join("/"),
    bodyLimit: props.get("quarkus.http.limits.max-body-size"),
    env, required, publishes, consumes, groups, deadLetters,
    database: dbUrl ? dbUrl.fallback.replace(/^.*\//, "") : undefined,
    dbEnv: env.filter((e) => /_DB_(URL|USER|PASSWORD)$/.test(e.name)).map((e) => e.name),
    ownerEnv: env.filter((e) => /_DB_OWNER_(USER|PASSWORD)$/.test(e.name)).map((e) => e.name),
  };
}

// The metrics the services register (Micrometer names in the backbone, which every service shares, and in each
// service's own code), as Prometheus spells them less the unit and counter suffixes: casework.events.dead.lettered is
// casework_events_dead_lettered_total.
function registeredMetrics() {
  const names = new Set();
  for (const file of ["casework-backbone", ...SERVICES].flatMap((m) => javaFiles(join(REPO, m, "src/main/java")))) {
    for (const m of readFileSync(file, "utf8").matchAll(/"(casework(?:\.[a-z]+)+)"/g)) names.add(m[1]);
  }
  return names;
}
const METRICS = registeredMetrics();

// Alerts the code, the scripts and the documents name (CaseworkOutboxBacklog in a log line or a runbook step):
// every word Casework<Name> in them that is not the name of one of the project's Java classes.
function namedAlerts() {
  const modules = readdirSync(REPO).filter((m) => statSync(join(REPO, m)).isDirectory() && !m.startsWith("."));
  const sources = modules.flatMap((m) => {
    const src = join(REPO, m, "src");
    try { return statSync(src).isDirectory() ? javaFiles(src) : []; } catch { return []; }
  });
  const classes = new Set(sources.map((f) => f.replace(/^.*\//, "").replace(/\.java$/, "")));
  const texts = [...sources,
    ...readdirSync(join(REPO, "docs")).filter((f) => f.endsWith(".md")).map((f) => join(REPO, "docs", f)),
    ...readdirSync(join(REPO, "scripts")).filter((f) => f.endsWith(".sh")).map((f) => join(REPO, "scripts", f))];
  const named = new Map(); // alert -> first file naming it
  for (const file of texts) {
    for (const m of readFileSync(file, "utf8").matchAll(/\bCasework[A-Z][A-Za-z]+\b/g)) {
      if (!classes.has(m[0]) && !named.has(m[0])) named.set(m[0], relative(REPO, file));
    }
  }
  return named;
}
const NAMED_ALERTS = namedAlerts();
// The suite's one list of topics with their partitions, which the services and the local scripts read too.
// The version Jib tags the images of a build of this tree with (quarkus.container-image.tag's default).
const PROJECT_VERSION = readFileSync(join(REPO, "pom.xml"), "utf8")
  .match(/<artifactId>casework-parent<\/artifactId>\s*<version>([^<]+)<\/version>/)[1];

const TOPIC_LIST = new Map(readFileSync(join(REPO, "casework-contracts/src/main/resources/io/casework/contracts/topics.txt"), "utf8")
  .split("\n").filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => line.trim().split(/\s+/)).map(([name, partitions]) => [name, Number(partitions)]));
// Sizes as nginx (1m) and Quarkus (256K) write them, in bytes; durations as Quarkus does (PT20S, 20s, 20), in seconds.
const bytes = (v) => {
  const m = String(v ?? "").trim().match(/^(\d+)\s*([kmg]?)b?$/i);
  return m ? Number(m[1]) * { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()] : NaN;
};
const seconds = (v) => {
  const text = String(v ?? "").trim();
  const iso = text.match(/^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i);
  if (iso && text.length > 2) return (Number(iso[1] || 0) * 60 + Number(iso[2] || 0)) * 60 + Number(iso[3] || 0);
  const simple = text.match(/^(\d+(?:\.\d+)?)(ms|s|m|h)?$/i);
  return simple ? Number(simple[1]) * { ms: 0.001, s: 1, m: 60, h: 3600 }[(simple[2] || "s").toLowerCase()] : NaN;
};
const micrometerName = (prometheusName) => prometheusName.replace(/(_seconds)?(_total|_max|_count|_sum|_bucket)?$/, "").replace(/_/g, ".");

// ---------------------------------------------------------------------------------------------------------------

const kindOf = (o) => `${o.apiVersion}/${o.kind}`;
const get = (o, path) => path.split(".").reduce((v, k) => (v == null ? undefined : v[k]), o);
const matches = (selector, labels) => Object.entries(selector || {}).every(([k, v]) => labels?.[k] === v);
// A label selector (matchLabels and matchExpressions) selects these labels.
const selects = (policy, labels) => {
  const sel = policy.spec?.podSelector || {};
  return matches(sel.matchLabels, labels) && (sel.matchExpressions || []).every((e) => ({
    In: () => e.values.includes(labels?.[e.key]),
    NotIn: () => !e.values.includes(labels?.[e.key]),
    Exists: () => labels?.[e.key] !== undefined,
    DoesNotExist: () => labels?.[e.key] === undefined,
  })[e.operator]?.());
};

function validateOverlay(label, objects, types) {
  const problems = [];
  const fail = (o, msg) => problems.push(`${o ? `${o.kind}/${o.metadata?.name}: ` : ""}${msg}`);
  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  const named = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);

  // 1. Core schemas and unknown fields; nothing of a kind nobody checks.
  for (const o of objects) {
    const core = CORE[kindOf(o)];
    if (core) {
      try { new core.model(o).validate(); } catch (e) { fail(o, `schema: ${e.message}`); }
      const unknown = [];
      unknownFields(o, core.type, o.kind, types, unknown);
      unknown.forEach((u) => fail(o, u));
    } else if (OPERATOR_SCHEMAS[kindOf(o)]) {
      try { new (OPERATOR_SCHEMAS[kindOf(o)])(o).validate(); } catch (e) { fail(o, `CRD schema: ${e.message}`); }
    } else if (!OPERATOR_KINDS.has(kindOf(o))) {
      fail(o, `unexpected ${kindOf(o)}: add it to validate.mjs`);
    }
    if (!o.metadata?.labels?.["app.kubernetes.io/part-of"] && o.kind !== "Namespace") fail(o, "no app.kubernetes.io/part-of label");
  }
  const namespaces = new Set(objects.filter((o) => o.kind !== "Namespace").map((o) => o.metadata?.namespace));
  if (namespaces.size !== 1 || namespaces.has(undefined)) fail(null, `expected one namespace for everything, got ${[...namespaces]}`);

  // 2. Operator resources.
  const kafkas = byKind("Kafka");
  if (kafkas.length !== 1) fail(null, `expected one Kafka, got ${kafkas.length}`);
  const kafka = kafkas[0] || { metadata: {}, spec: {} };
  const clusterName = kafka.metadata.name;
  const pools = byKind("KafkaNodePool");
  let brokers = 0;
  for (const p of pools) {
    if (p.metadata.labels?.["strimzi.io/cluster"] !== clusterName) fail(p, "strimzi.io/cluster does not name the Kafka");
    if (!Number.isInteger(p.spec?.replicas) || p.spec.replicas < 1) fail(p, "spec.replicas missing");
    if (!Array.isArray(p.spec?.roles) || !p.spec.roles.includes("broker") || !p.spec.roles.includes("controller")) fail(p, "roles must be controller and broker");
    if (!p.spec?.storage?.type) fail(p, "spec.storage missing");
    brokers += p.spec?.replicas || 0;
  }
  if (!pools.length) fail(kafka, "no KafkaNodePool");
  // Strimzi 1.0 serves only kafka.strimzi.io/v1, which is KRaft with node pools; an old API version or the
  // annotations that turned them on in v1beta2 mean a manifest written for a removed API.
  for (const r of [kafka, ...pools, ...byKind("KafkaTopic"), ...byKind("KafkaUser")]) {
    if (r.apiVersion !== "kafka.strimzi.io/v1") fail(r, `${r.apiVersion}: Strimzi 1.0 serves only kafka.strimzi.io/v1`);
  }
  for (const a of ["strimzi.io/node-pools", "strimzi.io/kraft"]) {
    if (kafka.metadata.annotations?.[a] !== undefined) fail(kafka, `annotation ${a} belongs to the removed v1beta2 API`);
  }
  const listeners = get(kafka, "spec.kafka.listeners") || [];
  const tls = listeners.find((l) => l.tls === true && l.authentication?.type === "scram-sha-512");
  if (!tls) fail(kafka, "no TLS listener with scram-sha-512 authentication");
  if (get(kafka, "spec.kafka.authorization.type") !== "simple") fail(kafka, "authorization must be simple");
  const kconfig = get(kafka, "spec.kafka.config") || {};
  const minIsr = kconfig["min.insync.replicas"];
  if (!(kconfig["default.replication.factor"] <= brokers)) fail(kafka, "default.replication.factor above the number of brokers");
  if (!(minIsr >= 1 && minIsr <= kconfig["default.replication.factor"])) fail(kafka, "min.insync.replicas out of range");
  if (brokers >= 3 && !(minIsr >= 2 && kconfig["default.replication.factor"] >= 3)) fail(kafka, "three brokers: want replication 3, min.insync.replicas 2");
  if (!get(kafka, "spec.entityOperator.topicOperator") || !get(kafka, "spec.entityOperator.userOperator")) fail(kafka, "entity operator (topics, users) missing");

  const topics = new Map();
  for (const t of byKind("KafkaTopic")) {
    const name = t.spec?.topicName || t.metadata.name;
    topics.set(name, t);
    if (t.metadata.labels?.["strimzi.io/cluster"] !== clusterName) fail(t, "strimzi.io/cluster does not name the Kafka");
    if (!(t.spec?.partitions >= 1)) fail(t, "partitions missing");
    if (!(t.spec?.replicas >= 1 && t.spec.replicas <= brokers)) fail(t, `replicas ${t.spec?.replicas} with ${brokers} brokers`);
    const c = t.spec?.config || {};
    if (String(c["retention.ms"]) !== "-1") fail(t, "retention.ms must be -1 (events are kept to rebuild read models)");
    if (String(c["cleanup.policy"] || "delete").includes("compact")) fail(t, "must not be compacted");
    if (!(c["min.insync.replicas"] >= 1 && c["min.insync.replicas"] <= t.spec.replicas)) fail(t, "min.insync.replicas out of range");
    if (t.spec.replicas >= 3 && c["min.insync.replicas"] < 2) fail(t, "replicas 3: want min.insync.replicas 2");
    const listed = TOPIC_LIST.get(name);
    if (listed === undefined) fail(t, `topic ${name} is not in the suite's topic list (topics.txt)`);
    else if (t.spec.partitions !== listed) fail(t, `partitions ${t.spec.partitions}, the topic list says ${listed}`);
  }
  for (const name of TOPIC_LIST.keys()) if (!topics.has(name)) fail(kafka, `topic ${name} of the suite's list has no KafkaTopic`);

  const users = new Map();
  for (const u of byKind("KafkaUser")) {
    users.set(u.metadata.name, u);
    if (u.metadata.labels?.["strimzi.io/cluster"] !== clusterName) fail(u, "strimzi.io/cluster does not name the Kafka");
    if (u.spec?.authentication?.type !== "scram-sha-512") fail(u, "authentication must be scram-sha-512");
    if (u.spec?.authorization?.type !== "simple") fail(u, "authorization must be simple");
    for (const acl of u.spec?.authorization?.acls || []) {
      const r = acl.resource || {};
      if (!["topic", "group", "cluster", "transactionalId"].includes(r.type)) fail(u, `ACL resource type ${r.type}`);
      if (r.type !== "cluster" && !r.name) fail(u, "ACL resource without a name");
      if (!["literal", "prefix", undefined].includes(r.patternType)) fail(u, `ACL patternType ${r.patternType}`);
      if (!Array.isArray(acl.operations) || !acl.operations.length) fail(u, `ACL on ${r.name} without operations`);
      if (r.type === "topic" && (r.patternType || "literal") === "literal" && !topics.has(r.name)) fail(u, `ACL on topic ${r.name}, which is no KafkaTopic`);
    }
  }

  const pgClusters = new Map(byKind("Cluster").map((c) => [c.metadata.name, c]));
  for (const c of pgClusters.values()) {
    if (!(c.spec?.instances >= 1)) fail(c, "spec.instances missing");
    if (!c.spec?.storage?.size) fail(c, "spec.storage.size missing");
    if (!c.spec?.bootstrap?.initdb?.database || !c.spec?.bootstrap?.initdb?.owner) fail(c, "bootstrap.initdb database and owner missing");
    const sync = c.spec?.postgresql?.synchronous;
    if (sync && !(sync.number < c.spec.instances)) fail(c, "synchronous.number needs that many standbys");
    for (const r of c.spec?.managed?.roles || []) {
      if (!r.name) { fail(c, "a managed role without a name"); continue; }
      if (r.name === c.spec?.bootstrap?.initdb?.owner) fail(c, `managed role ${r.name} is the database's owner`);
      if (r.passwordSecret && r.disablePassword) fail(c, `managed role ${r.name}: passwordSecret and disablePassword`);
      if (r.login && !r.passwordSecret?.name && !r.disablePassword) fail(c, `managed role ${r.name} logs in but has no passwordSecret`);
    }
  }

  // Backups: every cluster archives its WAL to an object store of its own and has a nightly base backup, so that it
  // can be recovered to any moment of the retention window; the store's credentials come from a Secret.
  const stores = new Map(byKind("ObjectStore").map((o) => [o.metadata.name, o]));
  const barman = "barman-cloud.cloudnative-pg.io";
  const storeUsers = new Map();
  for (const c of pgClusters.values()) {
    const archiver = (c.spec?.plugins || []).find((p) => p.name === barman && p.isWALArchiver === true);
    const store = stores.get(archiver?.parameters?.barmanObjectName);
    if (!archiver) fail(c, `no WAL archiving: spec.plugins needs ${barman} with isWALArchiver: true`);
    else if (!store) fail(c, `WAL archived to ${archiver.parameters?.barmanObjectName}, which is no ObjectStore`);
    else if (storeUsers.has(store.metadata.name)) fail(c, `shares the object store ${store.metadata.name} with ${storeUsers.get(store.metadata.name)}`);
    else storeUsers.set(store.metadata.name, c.metadata.name);
    const nightly = byKind("ScheduledBackup").filter((b) => b.spec?.cluster?.name === c.metadata.name);
    if (!nightly.some((b) => b.spec.method === "plugin" && b.spec.pluginConfiguration?.name === barman && b.spec.schedule)) {
      fail(c, "no ScheduledBackup through the Barman Cloud plugin");
    }
  }
  for (const o of stores.values()) {
    const conf = o.spec?.configuration || {};
    if (!conf.destinationPath) fail(o, "configuration.destinationPath missing");
    if (!/^\d+[dwm]$/.test(o.spec?.retentionPolicy || "")) fail(o, "retentionPolicy missing (e.g. 35d)");
    const creds = conf.s3Credentials || conf.azureCredentials || conf.googleCredentials;
    if (!creds) fail(o, "no credentials for the object store");
    else if (JSON.stringify(creds).match(/"(accessKeyId|secretAccessKey)":"/)) fail(o, "credentials inline: reference a Secret");
    if (label.startsWith("production") && /example\.invalid/.test(conf.destinationPath || "")) fail(o, `production backups go to a placeholder: ${conf.destinationPath}`);
  }
  for (const b of byKind("ScheduledBackup")) {
    if (!pgClusters.has(b.spec?.cluster?.name)) fail(b, `backs up ${b.spec?.cluster?.name}, which is no Cluster`);
    if ((b.spec?.schedule || "").trim().split(/\s+/).length !== 6) fail(b, "schedule must have six fields (seconds first)");
  }

  const keycloaks = byKind("Keycloak");
  if (keycloaks.length !== 1) fail(null, `expected one Keycloak, got ${keycloaks.length}`);
  const kc = keycloaks[0] || { metadata: {}, spec: {} };
  const kcDb = (get(kc, "spec.db.host") || "").replace(/-rw$/, "");
  if (get(kc, "spec.db.vendor") !== "postgres" || !pgClusters.has(kcDb)) fail(kc, "spec.db must name a CloudNativePG cluster's -rw service");
  for (const s of ["usernameSecret", "passwordSecret"]) {
    if (get(kc, `spec.db.${s}.name`) !== `${kcDb}-app`) fail(kc, `spec.db.${s} must be ${kcDb}-app`);
  }
  if (!/^https:\/\//.test(get(kc, "spec.hostname.hostname") || "")) fail(kc, "spec.hostname.hostname must be an https URL");
  if (!get(kc, "spec.http.tlsSecret") && !get(kc, "spec.http.httpEnabled")) fail(kc, "needs http.tlsSecret or http.httpEnabled");
  const imports = byKind("KeycloakRealmImport");
  if (imports.length !== 1) fail(null, `expected one KeycloakRealmImport, got ${imports.length}`);
  for (const ri of imports) {
    const realm = ri.spec?.realm || {};
    if (ri.spec?.keycloakCRName !== kc.metadata.name) fail(ri, "keycloakCRName does not name the Keycloak");
    if (realm.realm !== "casework") fail(ri, "realm must be casework");
    if (realm.users?.length) fail(ri, "a deployed realm must have no users");
    for (const c of realm.clients || []) {
      if (c.directAccessGrantsEnabled !== false) fail(ri, `client ${c.clientId}: password grant must be off`);
      if (label.startsWith("production") && JSON.stringify([c.redirectUris, c.webOrigins, c.rootUrl]).match(/localhost|127\.0\.0\.1/)) {
        fail(ri, `client ${c.clientId}: production origins point at localhost`);
      }
    }
    if (!(realm.clients || []).some((c) => c.clientId === "casework-web")) fail(ri, "no casework-web client");
  }

  // 3. Workloads and their wiring.
  const configMaps = new Map(byKind("ConfigMap").map((c) => [c.metadata.name, c]));
  const deployments = byKind("Deployment");
  const policies = byKind("NetworkPolicy");
  const caSecret = `${clusterName}-cluster-ca-cert`;
  // A container's environment as the kubelet gives it: the ConfigMaps of envFrom, then env, which wins.
  const environment = (c) => {
    const env = new Map();
    for (const ref of c.envFrom || []) {
      const cm = configMaps.get(ref.configMapRef?.name);
      for (const [name, value] of Object.entries(cm?.data || {})) env.set(name, { name, value });
    }
    for (const e of c.env || []) env.set(e.name, e);
    return env;
  };
  // Every Secret a container can read: through env, envFrom or a mounted volume.
  const secretsReadBy = (c, pod) => {
    const names = new Set();
    for (const e of c.env || []) if (e.valueFrom?.secretKeyRef) names.add(e.valueFrom.secretKeyRef.name);
    for (const ref of c.envFrom || []) if (ref.secretRef) names.add(ref.secretRef.name);
    for (const m of c.volumeMounts || []) {
      const v = (pod.volumes || []).find((x) => x.name === m.name);
      if (v?.secret) names.add(v.secret.secretName);
      for (const source of v?.projected?.sources || []) if (source.secret) names.add(source.secret.name);
    }
    return names;
  };
  const mountOf = (c, pod, path) => {
    const m = (c.volumeMounts || []).find((x) => x.mountPath === path);
    return m && { mount: m, volume: (pod.volumes || []).find((v) => v.name === m.name) };
  };
  const settings = new Map(); // "<where>: <CASEWORK_* name>" -> read by a service that gets it
  for (const service of SERVICES) {
    const d = named("Deployment", service);
    if (!d) { fail(null, `no Deployment ${service}`); continue; }
    const config = serviceConfig(service);
    const pod = d.spec.template.spec;
    const podLabels = d.spec.template.metadata?.labels || {};
    if (pod.containers.length !== 1) fail(d, "expected one container");
    const c = pod.containers[0];
    const migrate = (pod.initContainers || []).find((x) => x.name === "migrate");

    // Security and shape, of every container: an init container inherits nothing from the app container.
    for (const x of [...(pod.initContainers || []), ...pod.containers]) {
      const sc = x.securityContext || {};
      const where = `container ${x.name}`;
      if (!(sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot)) fail(d, `${where}: runAsNonRoot`);
      if ((sc.runAsUser ?? pod.securityContext?.runAsUser) === 0) fail(d, `${where}: runs as root`);
      if (sc.readOnlyRootFilesystem !== true) fail(d, `${where}: readOnlyRootFilesystem`);
      if (sc.allowPrivilegeEscalation !== false) fail(d, `${where}: allowPrivilegeEscalation must be false`);
      if (!(sc.capabilities?.drop || []).includes("ALL")) fail(d, `${where}: capabilities must drop ALL`);
      if ((sc.seccompProfile ?? pod.securityContext?.seccompProfile)?.type !== "RuntimeDefault") fail(d, `${where}: seccomp RuntimeDefault`);
      const tmp = mountOf(x, pod, "/tmp");
      if (!tmp?.volume?.emptyDir) fail(d, `${where}: /tmp must be an emptyDir`);
      for (const r of ["requests", "limits"]) for (const k of ["cpu", "memory"]) if (!x.resources?.[r]?.[k]) fail(d, `${where}: resources.${r}.${k} missing`);
      for (const ref of x.envFrom || []) {
        if (ref.configMapRef && !configMaps.has(ref.configMapRef.name)) fail(d, `${where}: envFrom ConfigMap ${ref.configMapRef.name} not rendered`);
      }
    }
    // A volume a provisioner creates is owned by root: the non-root user writes to it only through the pod's fsGroup
    // (k8s/scripts/image-check.sh runs the images with their volumes writable that way, and only that way).
    if ((pod.volumes || []).some((v) => v.persistentVolumeClaim) && pod.securityContext?.fsGroup === undefined) {
      fail(d, "mounts a PersistentVolumeClaim but sets no securityContext.fsGroup: uid 185 could not write to it");
    }
    // Ports: the API (quarkus.http.port, under quarkus.http.root-path) and the management interface (health and
    // metrics, quarkus.management.port), each as the container's environment sets it.
    const appEnv = environment(c);
    const envOf = (name) => appEnv.get(name)?.value;
    const http = (c.ports || []).find((p) => p.name === "http");
    const management = (c.ports || []).find((p) => p.name === "management");
    if (!http) fail(d, "no port named http");
    // Its own ServiceAccount, with no token mounted; and a PodMonitor that scrapes its pods on the management port.
    const account = byKind("ServiceAccount").find((a) => a.metadata.name === d.spec.template.spec.serviceAccountName);
    if (!account || account.metadata.name !== service) fail(d, `serviceAccountName must be its own ServiceAccount ${service}`);
    else if (account.automountServiceAccountToken !== false) fail(account, "automountServiceAccountToken must be false: no service calls the Kubernetes API");
    const monitors = byKind("PodMonitor").filter((m) => matches(m.spec?.selector?.matchLabels || {}, podLabels));
    if (!monitors.some((m) => (m.spec.podMetricsEndpoints || []).some((e) => e.port === "management" && e.path === "/q/metrics"))) {
      fail(d, "no PodMonitor scrapes its pods' management port at /q/metrics");
    }
    if (!management) fail(d, "no port named management (the Quarkus management interface: health and metrics)");
    const httpPort = config.effective("quarkus.http.port", envOf);
    if (http && String(http.containerPort) !== httpPort) fail(d, `port http is ${http.containerPort}, the service listens on ${httpPort} (quarkus.http.port)`);
    if (config.effective("quarkus.management.enabled", envOf) !== "true") fail(d, "the service's management interface is not enabled: health and metrics would be on the API port");
    const managementPort = config.effective("quarkus.management.port", envOf);
    if (management && String(management.containerPort) !== managementPort) fail(d, `port management is ${management.containerPort}, the service's management interface listens on ${managementPort} (quarkus.management.port; QUARKUS_MANAGEMENT_PORT)`);
    if (http && management && http.containerPort === management.containerPort) fail(d, "the API and management ports are the same");
    if (envOf("QUARKUS_MANAGEMENT_HOST") !== "0.0.0.0") fail(d, "QUARKUS_MANAGEMENT_HOST must be 0.0.0.0: the kubelet and Prometheus come from outside the pod");
    if (!/^\/[\w-]+\/v\d+$/.test(config.rootPath || "")) fail(d, `${service}'s quarkus.http.root-path must be /<name>/v<n>, got ${config.rootPath}`);
    const onPort = (ref, port) => port !== undefined && (ref === port.name || ref === port.containerPort);
    for (const p of ["startupProbe", "readinessProbe", "livenessProbe"]) {
      if (!c[p]?.httpGet) { fail(d, `${p} missing`); continue; }
      if (!onPort(c[p].httpGet.port, management)) fail(d, `${p} must read the management port, not ${c[p].httpGet.port}`);
    }
    if (!["/q/health/live", "/q/health/started"].includes(c.startupProbe?.httpGet?.path)) fail(d, "startup must be /q/health/live or /q/health/started");
    if (c.readinessProbe?.httpGet?.path !== "/q/health/ready") fail(d, "readiness must be /q/health/ready");
    if (c.livenessProbe?.httpGet?.path !== "/q/health/live") fail(d, "liveness must be /q/health/live");
    const ann = d.spec.template.metadata?.annotations || {};
    if (ann["prometheus.io/scrape"] !== "true" || ann["prometheus.io/path"] !== "/q/metrics" || ann["prometheus.io/port"] !== String(management?.containerPort)) {
      fail(d, `Prometheus annotations must be scrape "true", path /q/metrics, port "${management?.containerPort}" (the management port)`);
    }
    if (podLabels["app.kubernetes.io/name"] !== service || !matches(d.spec.selector.matchLabels, podLabels)) fail(d, "labels and selector");
    // Images: the repository Jib builds the service into, with a tag the overlay sets. Never :latest or no tag (which
    // is latest): a restarted pod could run another build than its neighbours, and a roll-back would not roll back.
    const [repository, tag] = c.image.split(/[:@]/);
    if (repository !== config.image) fail(d, `image ${c.image}: the service's image is ${config.image} (quarkus.container-image.*)`);
    if (!tag || tag === "latest") fail(d, `image ${c.image} not pinned: the overlay sets a tag (never latest) or a digest`);
    if (!label.startsWith("production") && tag !== PROJECT_VERSION) fail(d, `image tag ${tag}: a build of this tree is tagged ${PROJECT_VERSION}`);

    // Environment: what the pod gets, and what the service's configuration needs.
    for (const e of config.env) {
      if (/127\.0\.0\.1|localhost/.test(e.fallback) && !appEnv.has(e.name)) fail(d, `${e.name} not set (its default is ${e.fallback})`);
      // The authority has no default in production: a service without it refuses to start.
      if (e.name === "CASEWORK_AUTHORITY" && !appEnv.has(e.name)) fail(d, `${e.name} not set (the service has no default in production)`);
    }
    for (const name of config.dbEnv) if (!appEnv.has(name)) fail(d, `${name} not set`);
    // The migrate initContainer boots the same application, whose configuration is checked at startup.
    for (const x of [c, migrate].filter(Boolean)) {
      const env = environment(x);
      for (const name of config.required) if (!env.has(name)) fail(d, `container ${x.name}: ${name} not set (the service has no default)`);
    }
    for (const k of ["KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG", "KAFKA_SSL_TRUSTSTORE_LOCATION", "CASEWORK_OIDC_URL", "CASEWORK_CORS_ORIGINS"]) {
      if (!appEnv.has(k)) fail(d, `${k} not set`);
    }
    const common = [...configMaps.values()].find((cm) => cm.metadata.name.startsWith("casework-common"))?.data || {};
    if (common.KAFKA_BOOTSTRAP_SERVERS !== `${clusterName}-kafka-bootstrap:${tls?.port}`) fail(d, `KAFKA_BOOTSTRAP_SERVERS must be ${clusterName}-kafka-bootstrap:${tls?.port}`);
    const oidc = (common.CASEWORK_OIDC_URL || "").match(/^http:\/\/([\w-]+)-service:8080\/realms\/(\w+)$/);
    if (!oidc || oidc[1] !== kc.metadata.name || oidc[2] !== "casework" || !get(kc, "spec.http.httpEnabled")) fail(d, "CASEWORK_OIDC_URL must be Keycloak's in-cluster HTTP service, realm casework");
    if (label.startsWith("production") && /localhost|127\.0\.0\.1|\*/.test(common.CASEWORK_CORS_ORIGINS || "")) fail(d, "production CORS origins");
    // Swagger UI signs in at the realm as browsers reach it: Keycloak's public hostname, not the back channel.
    const publicRealm = `${String(get(kc, "spec.hostname.hostname") || "").replace(/\/$/, "")}/realms/casework`;
    if (envOf("CASEWORK_OIDC_PUBLIC_URL") !== publicRealm) fail(d, `CASEWORK_OIDC_PUBLIC_URL must be Keycloak's public URL ${publicRealm}, got ${envOf("CASEWORK_OIDC_PUBLIC_URL")}`);
    // Forwarded addresses are believed from the ingress controller only; trusting every address would let any caller
    // choose the address it is rate-limited by.
    const trusted = (envOf("CASEWORK_TRUSTED_PROXIES") || "").split(",").map((x) => x.trim());
    if (!trusted.every((x) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$|^[a-z0-9.-]+$/.test(x)) || trusted.some((x) => /^(0\.0\.0\.0|::)\/0$/.test(x))) {
      fail(d, `CASEWORK_TRUSTED_PROXIES must list addresses or CIDRs of the ingress controller, not ${envOf("CASEWORK_TRUSTED_PROXIES")}`);
    }
    // Settings that do nothing (checked after the loop): a CASEWORK_* variable that no service given it reads.
    const sources = [...(c.envFrom || []).map((r) => ({ where: `ConfigMap/${r.configMapRef?.name}`, names: Object.keys(configMaps.get(r.configMapRef?.name)?.data || {}) })),
      { where: `Deployment/${service}`, names: (c.env || []).map((e) => e.name) }];
    for (const { where, names } of sources) {
      for (const name of names.filter((n) => n.startsWith("CASEWORK_"))) {
        const key = `${where}: ${name}`;
        settings.set(key, (settings.get(key) || false) || config.reads(name));
      }
    }
    // Tracing: on only with the collector's address (without one the exporter tries localhost:4317 and warns every few
    // seconds) and an egress to it; off with an address set is a switch half thrown.
    const tracing = config.effective("quarkus.otel.sdk.disabled", envOf) === "false";
    const collector = envOf("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
    if (tracing && !collector) fail(d, "tracing on (QUARKUS_OTEL_SDK_DISABLED=false) without QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
    if (!tracing && collector) fail(d, "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT set but tracing is off: QUARKUS_OTEL_SDK_DISABLED=false turns it on");
    if (label.includes("tracing") && !tracing) fail(d, "components/tracing is on, but tracing is not");
    if (tracing && collector) {
      let port;
      try { port = Number(new URL(collector).port || 4317); } catch { fail(d, `QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT is no URL: ${collector}`); }
      const open = policies.some((p) => selects(p, podLabels) && (p.spec.egress || []).some((r) => r.to?.length && (r.ports || []).some((x) => x.port === port)));
      if (port && !open) fail(d, `tracing on, but no NetworkPolicy lets it out to the collector's port ${port}`);
    }

    // Migrations: an initContainer of the same image that runs Quarkus's init tasks (Flyway) and exits; the app
    // container does not migrate.
    if (appEnv.get("QUARKUS_FLYWAY_MIGRATE_AT_START")?.value !== "false") fail(d, "app container: QUARKUS_FLYWAY_MIGRATE_AT_START must be false (the migrate initContainer migrates)");
    const migrateEnv = migrate ? environment(migrate) : new Map();
    if (!migrate) fail(d, "no initContainer migrate (Flyway, as the database's owner)");
    else {
      if (migrate.image !== c.image) fail(d, `migrate runs ${migrate.image}, the app ${c.image}: the migrations must be the app's own`);
      if ((migrate.imagePullPolicy || "") !== (c.imagePullPolicy || "")) fail(d, "migrate is pulled unlike the app: a cached older image could migrate for a newer one");
      if (migrateEnv.get("QUARKUS_INIT_AND_EXIT")?.value !== "true") fail(d, "migrate: QUARKUS_INIT_AND_EXIT must be true");
      if (migrateEnv.get("QUARKUS_FLYWAY_MIGRATE_AT_START")?.value !== "true") fail(d, "migrate: QUARKUS_FLYWAY_MIGRATE_AT_START must be true");
      if (secretsReadBy(migrate, pod).has(service)) fail(d, "migrate reads the KafkaUser's Secret: it publishes nothing");
    }

    // Database: its own cluster, whose database is the one the service expects, and two roles. The app container
    // connects as the cluster's managed runtime role (<cluster>-runtime) and never sees the owner's Secret
    // (<cluster>-app); only the migrate initContainer has the owner's credentials, and the runtime role's name alone.
    const userEnv = config.dbEnv.find((n) => n.endsWith("_DB_USER"));
    const passwordEnv = config.dbEnv.find((n) => n.endsWith("_DB_PASSWORD"));
    const urlEnv = config.dbEnv.find((n) => n.endsWith("_DB_URL"));
    const prefix = userEnv?.replace(/DB_USER$/, "");
    const [ownerUserEnv, ownerPasswordEnv] = [`${prefix}DB_OWNER_USER`, `${prefix}DB_OWNER_PASSWORD`];
    for (const name of [ownerUserEnv, ownerPasswordEnv]) {
      if (!config.ownerEnv.includes(name)) fail(d, `${service}'s configuration does not read ${name} (Flyway's owner credentials)`);
    }
    const secretOf = (env, name) => env.get(name)?.valueFrom?.secretKeyRef;
    const userRef = secretOf(appEnv, userEnv);
    const pwRef = secretOf(appEnv, passwordEnv);
    const dbCluster = userRef?.name?.replace(/-runtime$/, "");
    const pg = userRef?.name?.endsWith("-runtime") ? pgClusters.get(dbCluster) : undefined;
    const ownerSecrets = [...pgClusters.keys()].map((n) => `${n}-app`);
    for (const s of secretsReadBy(c, pod)) if (ownerSecrets.includes(s)) fail(d, `app container reads ${s}, a database owner's Secret`);
    if (ownerSecrets.some((s) => JSON.stringify(c).includes(`"${s}"`))) fail(d, "app container references a database owner's Secret");
    for (const name of [ownerUserEnv, ownerPasswordEnv]) if (appEnv.has(name)) fail(d, `app container must not have ${name}`);
    if (!pg) fail(d, `database user must come from a CloudNativePG cluster's <cluster>-runtime Secret, got ${userRef?.name}`);
    else {
      if (userRef.key !== "username" || pwRef?.name !== userRef.name || pwRef?.key !== "password") fail(d, "database user/password keys");
      if (pg.spec.bootstrap.initdb.database !== config.database) fail(d, `cluster ${dbCluster} creates ${pg.spec.bootstrap.initdb.database}, the service expects ${config.database}`);
      const role = (pg.spec.managed?.roles || []).find((r) => r.passwordSecret?.name === userRef.name);
      if (!role) fail(pg, `no managed role whose passwordSecret is ${userRef.name} (${service}'s runtime role)`);
      else {
        if (!role.login || (role.ensure && role.ensure !== "present")) fail(pg, `managed role ${role.name}: must be present, with login`);
        for (const a of ELEVATED) if (role[a] === true) fail(pg, `managed role ${role.name}: ${a}`);
        if (role.inRoles?.length) fail(pg, `managed role ${role.name}: member of ${role.inRoles}; it gets its rights from the migrations' grants only`);
      }
      // The URL: the cluster's primary Service and database, the server's certificate checked against the cluster's
      // CA, which the container mounts where sslrootcert says.
      const url = appEnv.get(urlEnv)?.value || "";
      const parts = url.match(/^jdbc:postgresql:\/\/([\w.-]+)(?::(\d+))?\/(\w+)\?(.*)$/);
      if (!parts || parts[1] !== `${dbCluster}-rw` || (parts[2] || "5432") !== "5432" || parts[3] !== config.database) {
        fail(d, `${urlEnv} must be jdbc:postgresql://${dbCluster}-rw:5432/${config.database}?..., got ${url || "no value"}`);
      }
      if (!/(^|&)sslmode=verify-full(&|$)/.test(parts?.[4] || "")) fail(d, `${urlEnv}: sslmode=verify-full`);
      const rootCert = (parts?.[4] || "").match(/(?:^|&)sslrootcert=([^&]+)/)?.[1];
      const caMounted = (x) => {
        const m = rootCert && mountOf(x, pod, dirname(rootCert));
        return m?.volume?.secret?.secretName === `${dbCluster}-ca`;
      };
      if (!caMounted(c)) fail(d, `app container: sslrootcert ${rootCert} is not the Secret ${dbCluster}-ca mounted`);

      if (migrate) {
        const ownerUser = secretOf(migrateEnv, ownerUserEnv);
        const ownerPassword = secretOf(migrateEnv, ownerPasswordEnv);
        if (ownerUser?.name !== `${dbCluster}-app` || ownerUser?.key !== "username" || ownerPassword?.name !== `${dbCluster}-app` || ownerPassword?.key !== "password") {
          fail(d, `migrate: ${ownerUserEnv} and ${ownerPasswordEnv} must come from ${dbCluster}-app (username, password)`);
        }
        const runtimeName = migrateEnv.get(userEnv);
        if (!role || runtimeName?.value !== role.name) fail(d, `migrate: ${userEnv} must be the runtime role's name${role ? ` ${role.name}` : ""} (the migrations grant to it), got ${runtimeName?.value ?? JSON.stringify(runtimeName?.valueFrom)}`);
        if (migrateEnv.has(passwordEnv)) fail(d, `migrate must not have ${passwordEnv}: it connects as the owner`);
        if (secretsReadBy(migrate, pod).has(userRef.name)) fail(d, `migrate reads ${userRef.name}, the runtime role's Secret`);
        if (migrateEnv.get(urlEnv)?.value !== url) fail(d, `migrate: ${urlEnv} differs from the app container's`);
        if (!caMounted(migrate)) fail(d, `migrate: sslrootcert ${rootCert} is not the Secret ${dbCluster}-ca mounted`);
      }
    }

    // The record chain's key ring: mounted read-only, whole (every key id stays verifiable), in the app and the
    // migrate initContainer of the service that chains; nowhere else.
    const chain = RECORD_CHAIN[service];
    const keySecrets = Object.values(RECORD_CHAIN).map((k) => k.secret);
    for (const x of [...(pod.initContainers || []), ...pod.containers]) {
      const readable = secretsReadBy(x, pod);
      for (const s of keySecrets) if (s !== chain?.secret && readable.has(s)) fail(d, `container ${x.name} reads ${s}, another service's record chain keys`);
    }
    if (chain) {
      for (const x of [c, migrate].filter(Boolean)) {
        const where = `container ${x.name}`;
        const env = environment(x);
        if (env.get("CASEWORK_RECORD_CHAIN_KEY_DIR")?.value !== chain.dir) fail(d, `${where}: CASEWORK_RECORD_CHAIN_KEY_DIR must be ${chain.dir}`);
        if (!/^[-._a-zA-Z0-9]+$/.test(env.get("CASEWORK_RECORD_CHAIN_CURRENT_KEY")?.value || "")) fail(d, `${where}: CASEWORK_RECORD_CHAIN_CURRENT_KEY must name a key (a Secret key: letters, digits, - . _)`);
        const m = mountOf(x, pod, chain.dir);
        if (m?.volume?.secret?.secretName !== chain.secret) fail(d, `${where}: the Secret ${chain.secret} is not mounted at ${chain.dir}`);
        else {
          if (m.mount.readOnly !== true) fail(d, `${where}: ${chain.dir} must be mounted read-only`);
          if (m.volume.secret.items) fail(d, `${where}: ${chain.secret} must be mounted whole (old entries are verified with old keys)`);
          if (m.volume.secret.optional) fail(d, `${where}: ${chain.secret} must not be optional`);
        }
      }
    }

    // Kafka: its own user, and exactly the ACLs its configuration needs.
    const jaas = secretOf(appEnv, "KAFKA_SASL_JAAS_CONFIG");
    if (jaas?.name !== service || jaas?.key !== "sasl.jaas.config") fail(d, "KAFKA_SASL_JAAS_CONFIG must come from the KafkaUser's Secret");
    if (!(pod.volumes || []).find((v) => v.secret?.secretName === caSecret)) fail(d, `Kafka CA Secret ${caSecret} not mounted`);
    const user = users.get(service);
    if (!user) { fail(d, `no KafkaUser ${service}`); continue; }
    const acls = user.spec.authorization.acls;
    const allows = (type, name, op) => acls.some((a) => a.resource.type === type && a.operations.includes(op)
      && ((a.resource.patternType || "literal") === "literal" ? a.resource.name === name : name.startsWith(a.resource.name)));
    const needed = [];
    const need = (type, name, op) => {
      needed.push({ type, name, op });
      const probe = name.endsWith("*") ? name.slice(0, -1) : name;
      const ok = name.endsWith("*")
        ? acls.some((a) => a.resource.type === type && a.resource.patternType === "prefix" && probe.startsWith(a.resource.name) && a.operations.includes(op))
        : allows(type, name, op);
      if (!ok) fail(user, `${service} needs ${op} on ${type} ${name}`);
      if (type === "topic" && !topics.has(name)) fail(user, `${service} uses topic ${name}, which is no KafkaTopic`);
    };
    need("topic", config.publishes, "Write");
    config.deadLetters.forEach((t) => need("topic", t, "Write"));
    // OutboxProducer's transactional id: "<source without the slash>-outbox-relay-<topic>".
    need("transactionalId", `${service}-outbox-relay-${config.publishes}`, "Write");
    config.consumes.forEach((t) => need("topic", t, "Read"));
    config.groups.forEach((g) => need("group", g, "Read"));
    for (const a of acls) {
      for (const op of a.operations) {
        if (op === "Describe") continue; // implied by Read and Write; harmless
        const used = needed.some((n) => n.type === a.resource.type && n.op === op && ((a.resource.patternType || "literal") === "literal"
          ? n.name === a.resource.name : n.name.startsWith(a.resource.name)));
        if (!used) fail(user, `${op} on ${a.resource.type} ${a.resource.name} is more than ${service}'s configuration needs`);
      }
    }

    // NetworkPolicy: in, the API port from the front door only and the management port from Prometheus only (the
    // kubelet's probes are the node's traffic, always let through); out only to its database, Kafka, Keycloak and DNS.
    const mine = policies.filter((p) => matches(p.spec.podSelector.matchLabels, podLabels) && !p.spec.podSelector.matchExpressions);
    if (mine.length !== 1) fail(d, `expected one NetworkPolicy selecting it, got ${mine.length}`);
    for (const p of policies.filter((x) => !mine.includes(x) && selects(x, podLabels))) {
      if (p.spec.policyTypes?.includes("Ingress") || p.spec.ingress?.length) fail(p, `lets traffic into ${service}: only its own NetworkPolicy may`);
    }
    const frontDoor = (peer) => !peer.ipBlock && (peer.namespaceSelector
      ? peer.namespaceSelector.matchLabels?.["casework.io/front-door"] === "true"
      : peer.podSelector?.matchLabels?.["casework.io/front-door"] === "true");
    const prometheus = (peer) => !peer.ipBlock && peer.namespaceSelector?.matchLabels?.["casework.io/monitoring"] === "true"
      && peer.podSelector?.matchLabels?.["app.kubernetes.io/name"] === "prometheus";
    for (const p of mine) {
      if (!["Ingress", "Egress"].every((t) => p.spec.policyTypes?.includes(t))) fail(p, "policyTypes must be Ingress and Egress");
      let api = false, scraped = false;
      for (const rule of p.spec.ingress || []) {
        if (!rule.from?.length) fail(p, "ingress from anywhere");
        if (!rule.ports?.length) { fail(p, "an ingress rule without ports opens every port"); continue; }
        const toApi = rule.ports.filter((x) => onPort(x.port, http)), toManagement = rule.ports.filter((x) => onPort(x.port, management));
        if (toApi.length + toManagement.length !== rule.ports.length) fail(p, "ingress only to the API and management ports");
        if (toApi.length && toManagement.length) fail(p, "one rule opens both the API and the management port: the front door must not reach health and metrics");
        if (toApi.length) {
          if (!(rule.from || []).every(frontDoor)) fail(p, "the API port is open to something other than the front door");
          else api = true;
        }
        if (toManagement.length) {
          if (!(rule.from || []).every(prometheus)) fail(p, "the management port is open to something other than Prometheus");
          else scraped = true;
        }
      }
      if (!api) fail(p, "the front door cannot reach the API port");
      if (!scraped) fail(p, "Prometheus cannot reach the management port");
      const peers = (p.spec.egress || []).flatMap((r) => (r.to || []).map((t) => t.podSelector?.matchLabels || {}));
      if ((p.spec.egress || []).some((r) => !r.to?.length)) fail(p, "egress to anywhere");
      if (!peers.some((l) => l["cnpg.io/cluster"] === dbCluster)) fail(p, `no egress to its database ${dbCluster}`);
      if (peers.some((l) => l["cnpg.io/cluster"] && l["cnpg.io/cluster"] !== dbCluster)) fail(p, "egress to another service's database");
      if (!peers.some((l) => l["strimzi.io/cluster"] === clusterName)) fail(p, "no egress to Kafka");
      if (!peers.some((l) => l["app.kubernetes.io/instance"] === kc.metadata.name)) fail(p, "no egress to Keycloak");
      if (!peers.some((l) => l["k8s-app"] === "kube-dns")) fail(p, "no egress to DNS");
    }
  }

  for (const s of byKind("Service")) {
    const d = deployments.find((x) => matches(s.spec.selector, x.spec.template.metadata.labels));
    if (!d) fail(s, "selects no Deployment");
    else for (const p of s.spec.ports) {
      if (!d.spec.template.spec.containers[0].ports.some((cp) => cp.name === p.targetPort || cp.containerPort === p.targetPort)) fail(s, `targetPort ${p.targetPort} not on the pod`);
    }
  }
  // A CASEWORK_* setting no service reads (one a service once read, such as the trace sampler's, now fixed when the
  // services are built) does nothing, and misleads whoever reads the manifests.
  for (const [key, read] of settings) if (!read) fail(null, `${key} is set, but no service given it reads such a setting`);

  // The Ingress: each service's root path routed by its first segment, unchanged, to the service's API port; nothing
  // to a management port; TLS on every host; what the inbox stream needs; Swagger UI able to sign in from its host.
  const ingresses = byKind("Ingress");
  if (ingresses.length !== 1) fail(null, `expected one Ingress, got ${ingresses.length}`);
  const podOf = (svc) => deployments.find((x) => matches(svc.spec.selector, x.spec.template.metadata.labels));
  // The container port a backend reaches, through the Service's port and its targetPort.
  const reached = (backend) => {
    const ref = backend?.service;
    const svc = named("Service", ref?.name);
    if (!svc) return { error: `backend ${ref?.name ?? JSON.stringify(backend)}: no such Service` };
    const sp = (svc.spec.ports || []).find((p) => (ref.port?.number !== undefined ? p.port === ref.port.number : p.name === ref.port?.name));
    if (!sp) return { error: `backend ${svc.metadata.name}: the Service has no port ${ref.port?.number ?? ref.port?.name}` };
    const target = sp.targetPort ?? sp.port;
    const d = podOf(svc);
    const app = d?.spec.template.spec.containers[0];
    const port = (app?.ports || []).find((p) => p.name === target || p.containerPort === target);
    if (!port) return { error: `backend ${svc.metadata.name}:${sp.port} reaches no declared port of the pod (${target})` };
    const managementPort = (app.ports || []).find((p) => p.name === "management");
    return { svc, deployment: d, port, management: port === managementPort || port.containerPort === managementPort?.containerPort };
  };
  const configs = new Map(SERVICES.map((service) => [service, serviceConfig(service)]));
  const prefixOf = (service) => `/${(configs.get(service).rootPath || "").split("/")[1] || ""}`;
  const hosts = new Set();
  for (const ing of ingresses) {
    const ann = ing.metadata.annotations || {};
    if (!ing.spec?.ingressClassName) fail(ing, "no ingressClassName");
    if (ing.spec?.defaultBackend) fail(ing, "a default backend: every path must name its service");
    for (const a of ["rewrite-target", "use-regex", "app-root"]) {
      if (ann[`nginx.ingress.kubernetes.io/${a}`]) fail(ing, `${a}: paths must pass unchanged, each service serves under its own root path`);
    }
    // Unbuffered, and open for longer than the stream's heartbeat and the life of the token it was opened with.
    if (ann["nginx.ingress.kubernetes.io/proxy-buffering"] !== "off") fail(ing, "proxy-buffering must be \"off\": Server-Sent Events would wait in the controller's buffer");
    const readTimeout = Number(ann["nginx.ingress.kubernetes.io/proxy-read-timeout"] ?? 60);
    const tokenLife = Number(imports[0]?.spec?.realm?.accessTokenLifespan ?? 300);
    for (const [service, key] of Object.entries(STREAMS)) {
      const sd = named("Deployment", service);
      const heartbeat = sd ? seconds(configs.get(service).effective(key, (n) => environment(sd.spec.template.spec.containers[0]).get(n)?.value)) : NaN;
      if (!(readTimeout > heartbeat)) fail(ing, `proxy-read-timeout ${readTimeout} s must exceed ${service}'s stream heartbeat (${heartbeat} s)`);
    }
    if (!(readTimeout >= tokenLife)) fail(ing, `proxy-read-timeout ${readTimeout} s is shorter than a token's life (${tokenLife} s): the inbox stream would be cut while its token is good`);
    // Bodies the services refuse themselves (with a problem document) must reach them.
    const bodyLimit = bytes(ann["nginx.ingress.kubernetes.io/proxy-body-size"] ?? "1m");
    for (const [service, config] of configs) {
      if (!(bodyLimit >= bytes(config.bodyLimit))) fail(ing, `proxy-body-size is below ${service}'s own limit ${config.bodyLimit}: the controller, not the service, would refuse`);
    }
    for (const rule of ing.spec?.rules || []) {
      if (!rule.host) fail(ing, "a rule without a host");
      else {
        hosts.add(rule.host);
        if (!(ing.spec.tls || []).some((t) => t.secretName && (t.hosts || []).includes(rule.host))) fail(ing, `host ${rule.host} has no TLS Secret`);
        if (label.startsWith("production") && /localhost|127\.0\.0\.1|example\.invalid$/.test(rule.host)) fail(ing, `production host ${rule.host}`);
      }
      const paths = rule.http?.paths || [];
      for (const path of paths) {
        const r = reached(path.backend);
        if (r.error) { fail(ing, `${path.path}: ${r.error}`); continue; }
        if (r.management) fail(ing, `${path.path} routes to ${r.svc.metadata.name}'s management port: health and metrics must never be public`);
        const service = r.deployment?.metadata.name;
        if (!configs.has(service)) { fail(ing, `${path.path} routes to ${r.svc.metadata.name}, which is none of the services`); continue; }
        if (path.path !== prefixOf(service)) fail(ing, `${path.path} routes to ${service}, whose paths begin ${configs.get(service).rootPath}: route ${prefixOf(service)}`);
        if (path.pathType !== "Prefix") fail(ing, `${path.path}: pathType must be Prefix`);
        if (r.port.name !== "http") fail(ing, `${path.path} routes to ${service}'s port ${r.port.name ?? r.port.containerPort}, not its API port http`);
      }
      for (const service of SERVICES) {
        const n = paths.filter((x) => x.path === prefixOf(service)).length;
        if (n !== 1) fail(ing, `host ${rule.host}: ${n} paths ${prefixOf(service)} (${service}), want one`);
      }
    }
  }
  // Swagger UI, served on the Ingress's host under each root path, signs in with casework-web: Keycloak must accept
  // its redirect URI, and its origin for the token request.
  const web = (imports[0]?.spec?.realm?.clients || []).find((c) => c.clientId === "casework-web") || {};
  const redirectAllowed = (uri) => (web.redirectUris || []).some((u) => (u.endsWith("*") ? uri.startsWith(u.slice(0, -1)) : uri === u));
  for (const host of hosts) {
    for (const service of SERVICES) {
      const uri = `https://${host}${configs.get(service).rootPath}/q/swagger-ui/oauth2-redirect.html`;
      if (!redirectAllowed(uri)) fail(imports[0], `casework-web does not allow Swagger UI's redirect URI ${uri}`);
    }
    // The approval console (issue 18), served by approvals-service, signs in with the same client and returns to itself.
    const consoleUri = `https://${host}${configs.get("approvals-service").rootPath}/console/`;
    if (!redirectAllowed(consoleUri)) fail(imports[0], `casework-web does not allow the approval console's redirect URI ${consoleUri}`);
    const origins = web.webOrigins || [];
    if (!origins.includes(`https://${host}`) && !origins.includes("+") && !origins.includes("*")) fail(imports[0], `casework-web's web origins lack https://${host} (Swagger UI's token request)`);
  }

  for (const h of byKind("HorizontalPodAutoscaler")) {
    if (!named("Deployment", h.spec.scaleTargetRef.name)) fail(h, "scales no Deployment");
    if (!(h.spec.minReplicas >= 1 && h.spec.minReplicas <= h.spec.maxReplicas)) fail(h, "replica range");
    if (!h.spec.metrics?.some((m) => m.resource?.name === "cpu")) fail(h, "no CPU metric");
  }
  // Alerts: each named, with a severity and a summary, on metrics the services really register; and those that must
  // exist, on what they must watch.
  const rules = byKind("PrometheusRule");
  if (rules.length !== 1) fail(null, `expected one PrometheusRule, got ${rules.length}`);
  const alerts = rules.flatMap((r) => (r.spec?.groups || []).flatMap((g) => g.rules || [])).filter((rule) => rule.alert);
  // Operations read what an alert means and what to do in one table: every alert has its row there.
  const runbook = readFileSync(join(REPO, "docs/operations.md"), "utf8").split(/^## /m).find((sec) => sec.startsWith("Alerts\n")) || "";
  for (const a of alerts) if (!runbook.includes(`| \`${a.alert}\` |`)) fail(rules[0], `${a.alert} has no row in docs/operations.md "Alerts"`);
  for (const [name, file] of NAMED_ALERTS) {
    if (!alerts.some((a) => a.alert === name)) fail(rules[0], `${file} names the alert ${name}, which the PrometheusRule does not have`);
  }
  for (const [name, want] of Object.entries(REQUIRED_ALERTS)) {
    const rule = alerts.find((a) => a.alert === name);
    if (!rule) { fail(rules[0], `no alert ${name}`); continue; }
    if (rule.labels?.severity !== want.severity) fail(rules[0], `${name}: severity must be ${want.severity}`);
    for (const m of want.metrics) if (!String(rule.expr).includes(m)) fail(rules[0], `${name}: does not watch ${m}`);
  }
  for (const r of rules) {
    for (const rule of (r.spec?.groups || []).flatMap((g) => g.rules || [])) {
      if (!rule.alert) { fail(r, `a rule without alert: ${rule.record || rule.expr}`); continue; }
      if (!rule.labels?.severity) fail(r, `${rule.alert}: no severity label`);
      if (!rule.annotations?.summary) fail(r, `${rule.alert}: no summary annotation`);
      const used = [...new Set(String(rule.expr).match(/casework_\w+/g) || [])];
      if (!used.length) fail(r, `${rule.alert}: uses no casework metric`);
      for (const name of used) {
        if (!METRICS.has(micrometerName(name))) fail(r, `${rule.alert}: ${name} is not a metric the services register`);
      }
    }
  }
  // The Grafana dashboard: valid JSON, its panels on what operations watch, every casework metric one that exists.
  const dashboards = byKind("ConfigMap").filter((c) => c.metadata.labels?.grafana_dashboard === "1");
  if (dashboards.length !== 1) fail(null, `expected one Grafana dashboard ConfigMap, got ${dashboards.length}`);
  for (const c of dashboards) {
    for (const [file, text] of Object.entries(c.data || {})) {
      let dashboard;
      try { dashboard = JSON.parse(text); } catch (e) { fail(c, `${file} is not JSON: ${e.message}`); continue; }
      const exprs = (dashboard.panels || []).flatMap((p) => (p.targets || []).map((t) => String(t.expr)));
      for (const name of new Set(exprs.join(" ").match(/casework_\w+/g) || [])) {
        if (!METRICS.has(micrometerName(name))) fail(c, `${file}: ${name} is not a metric the services register`);
      }
      for (const want of ["casework_outbox_backlog", "records_lag", "casework_events_dead_lettered", "casework_deadlines_breached", "http_server_requests_seconds_count", "http_server_requests_seconds_sum"]) {
        if (!exprs.some((e) => e.includes(want))) fail(c, `${file}: no panel on ${want}`);
      }
    }
  }
  for (const b of byKind("PodDisruptionBudget")) {
    const d = deployments.find((x) => matches(b.spec.selector.matchLabels, x.spec.template.metadata.labels));
    if (!d) fail(b, "selects no Deployment");
    else if (b.spec.minAvailable >= (d.spec.replicas ?? 1) && !named("HorizontalPodAutoscaler", d.metadata.name)) fail(b, "minAvailable blocks every eviction");
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------

const args = process.argv.slice(2);
if (!args.length) {
  console.error("usage: node validate.mjs LABEL=rendered.yaml ...");
  process.exit(2);
}
const types = loadTypes();
if (!types.has("IIoK8sApiAppsV1Deployment") || !types.has("IIoK8sApimachineryPkgApisMetaV1ObjectMeta")) {
  console.error("validate.mjs: could not read the type declarations of kubernetes-models");
  process.exit(2);
}
let failed = false;
for (const arg of args) {
  const [label, file] = arg.split("=");
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  const bad = docs.filter((d) => d.errors.length);
  if (bad.length) { console.error(`${label}: YAML errors: ${bad[0].errors[0].message}`); failed = true; continue; }
  const objects = docs.map((d) => d.toJS()).filter(Boolean);
  const problems = validateOverlay(label, objects, types);
  const counts = {};
  objects.forEach((o) => { counts[o.kind] = (counts[o.kind] || 0) + 1; });
  const core = objects.filter((o) => CORE[kindOf(o)]).length;
  const crd = objects.filter((o) => OPERATOR_SCHEMAS[kindOf(o)]).length;
  const byHand = [...new Set(objects.filter((o) => !CORE[kindOf(o)] && !OPERATOR_SCHEMAS[kindOf(o)]).map((o) => o.kind))];
  if (problems.length) {
    failed = true;
    console.error(`${label}: ${problems.length} problem(s) in ${objects.length} objects`);
    problems.forEach((p) => console.error(`  - ${p}`));
  } else {
    console.log(`${label}: OK, ${objects.length} objects (${core} checked against the Kubernetes schemas, ${crd} against the operators' CRD schemas; no schema to be had for ${byHand.join(", ")}: their fields checked one by one): ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}`);
  }
}
console.log(`(services' configuration read from ${relative(process.cwd(), REPO) || "."}/*/src/main/resources)`);
process.exit(failed ? 1 : 0);
