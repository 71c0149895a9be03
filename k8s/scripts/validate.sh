#!/usr/bin/env bash
#
# Checks the Kubernetes manifests without a cluster:
#   1. the committed realm import is what infra/keycloak/casework-realm.json renders to (realm-import.sh --check);
#   2. `kubectl kustomize` renders the dev and production overlays, and production with components/tracing;
#   3. if node and npm are present, validate.mjs checks every rendering: the core objects against the Kubernetes
#      schemas (npm package kubernetes-models, installed into k8s/scripts/node_modules, git-ignored), the
#      PrometheusRule against @kubernetes-models/prometheus-operator's, the Strimzi and CloudNativePG resources against
#      their CRD schemas (@kubernetes-models/strimzi-kafka-operator, @kubernetes-models/cloudnative-pg), the operators'
#      resources' required fields, and the wiring against the services' application.properties (topics, ACLs,
#      secrets, settings, API and management ports, root paths behind the Ingress, Swagger UI's sign-in, tracing)
#      and the metrics they register.
#
#   k8s/scripts/validate.sh            everything
#   KEEP_RENDERED=DIR k8s/scripts/validate.sh   also keep the renderings in DIR
#
# Needs kubectl (any recent one: `kubectl kustomize` works offline) and jq; node 20+ and npm for step 3.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
K8S=$(cd "$SCRIPT_DIR/.." && pwd -P)
command -v kubectl >/dev/null || { echo "validate.sh: kubectl is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== realm import"
"$SCRIPT_DIR/realm-import.sh" --check

echo "== kustomize"
render() { # label dir
  if kubectl kustomize "$2" > "$work/$1.yaml" 2> "$work/$1.err"; then
    echo "$1: rendered $(grep -c '^kind:' "$work/$1.yaml") objects"
  else
    echo "$1: kubectl kustomize failed:" >&2; cat "$work/$1.err" >&2; exit 1
  fi
}
render dev "$K8S/overlays/dev"
render production "$K8S/overlays/production"
# The optional tracing component, switched on in a copy of the tree exactly as an operator would.
cp -r "$K8S" "$work/k8s"
rm -rf "$work/k8s/scripts/node_modules"
sed -i -e 's|^# components:$|components:|' -e 's|^#   - ../../components/tracing$|  - ../../components/tracing|' \
  "$work/k8s/overlays/production/kustomization.yaml"
grep -q '^  - ../../components/tracing$' "$work/k8s/overlays/production/kustomization.yaml" \
  || { echo "validate.sh: could not switch components/tracing on in the production overlay" >&2; exit 1; }
render production+tracing "$work/k8s/overlays/production"

if [[ -n ${KEEP_RENDERED:-} ]]; then
  mkdir -p "$KEEP_RENDERED" && cp "$work"/*.yaml "$KEEP_RENDERED"/ && echo "renderings kept in $KEEP_RENDERED"
fi

echo "== schemas and wiring"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "node/npm not found: schema validation SKIPPED (only rendering was checked)" >&2
  exit 0
fi
# Installed when any package of package.json is missing, as after a change of the packages.
if ! (cd "$SCRIPT_DIR" && node -e 'const deps = Object.keys(require("./package.json").dependencies);
    process.exit(deps.every((d) => require("fs").existsSync(`node_modules/${d}`)) ? 0 : 1)'); then
  (cd "$SCRIPT_DIR" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$SCRIPT_DIR/validate.mjs" dev="$work/dev.yaml" production="$work/production.yaml" \
  production+tracing="$work/production+tracing.yaml"
