#!/usr/bin/env bash
#
# Builds the services' images with Jib exactly as a CI with registry access would (docs/kubernetes.md "Images"), on
# a machine that reaches neither the UBI base image nor a public registry, and runs each one the way the Deployments
# run their pods. What it does, and what it stands in for:
#   1. a base image assembled here: Debian's OpenJDK 17 runtime in a minimal Debian (mmdebstrap), with user 185 as
#      in Red Hat's UBI OpenJDK images, which the Deployments' runAsUser assumes;
#   2. a real registry on 127.0.0.1 (Debian's docker-registry, the CNCF Distribution registry) holding that base and
#      taking Jib's pushes, in place of ghcr.io;
#   3. each service built with `quarkus.container-image.build/push` and copied out of the registry to an OCI archive,
#      .infra/image-check/images/<service>.tar (skopeo): the image an operator would pull;
#   4. each image unpacked (umoci) and run by runc, the runtime under containerd and CRI-O, with what the pod spec
#      asks: the image's own user and entrypoint, a read-only root filesystem with /tmp writable, every capability
#      dropped, no privilege escalation, the app container's memory and CPU limits (512 MiB, 1 CPU), the
#      ConfigMap's JAVA_TOOL_OPTIONS, case-notes-service's record chain keys mounted read-only and its documents and
#      uploads on volumes writable through the pod's fsGroup. First as the `migrate` initContainer (the database
#      owner's credentials, QUARKUS_INIT_AND_EXIT), which must exit 0; then as the app, which must become ready on
#      its management port and serve its OpenAPI document on its API port, with no write refused by the read-only
#      root filesystem in its log; its user must be able to write to /tmp and (case-notes-service) to its volumes,
#      and must not be able to write anywhere in the image.
# It prints, per service, the image's size, layers, user and entrypoint, the migration's time, the time to ready and
# the resident memory once ready.
#
#   k8s/scripts/image-check.sh                     all four services
#   k8s/scripts/image-check.sh visits-service ...  only these
#   IMAGE_CHECK_CPU=0.25 k8s/scripts/image-check.sh   with the CPU of the pods' request rather than their limit
#
# Runs as root (runc, and files owned by uid 185). Installs Debian's docker-registry, skopeo, umoci, runc and
# mmdebstrap when missing, starts the local infrastructure (scripts/infra.sh) and stops nothing it did not start
# itself. The containers share the host's network, so they reach PostgreSQL, Kafka and Keycloak on 127.0.0.1 as the
# services do locally, on ports of their own (18081.., management 19081..) beside a running suite. Not part of the
# test command: the base alone is a 400 MB download.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd -P)
WORK="$REPO_ROOT/.infra/image-check"
REGISTRY_PORT=${IMAGE_CHECK_REGISTRY_PORT:-5005}
REGISTRY="127.0.0.1:$REGISTRY_PORT"
BASE="$REGISTRY/casework-base/openjdk-17-runtime:bookworm"
# What the pods get (k8s/base/kustomization.yaml casework-common; k8s/base/common/quarkus-service.yaml).
JAVA_TOOL_OPTIONS_POD="-Xmx256m -XX:+ExitOnOutOfMemoryError"
MEMORY_LIMIT=$((512 * 1024 * 1024))
# The CPU the containers get, in cores: the pod's limit (1) by default; 0.25, its request, shows a start on a busy node.
CPU=${IMAGE_CHECK_CPU:-1}
READY_TIMEOUT=${IMAGE_CHECK_READY_TIMEOUT:-120}

# shellcheck source=../../scripts/services.sh
source "$REPO_ROOT/scripts/services.sh"
info() { printf '[image-check] %s\n' "$*"; }
die() { printf '[image-check] FAILED: %s\n' "$*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root: runc needs it, and the volumes are given to uid 185"
if (($# > 0)); then SERVICES=("$@"); else SERVICES=(); for s in "${CASEWORK_SERVICES[@]}"; do SERVICES+=("${s%%:*}"); done; fi
port_of_service() {
  local s; for s in "${CASEWORK_SERVICES[@]}"; do [[ ${s%%:*} == "$1" ]] && { echo "${s#*:}"; return; }; done
  die "no service $1 (one of: ${CASEWORK_SERVICES[*]%%:*})"
}
for s in "${SERVICES[@]}"; do port_of_service "$s" >/dev/null; done

tools=(docker-registry skopeo umoci runc mmdebstrap jq curl)
missing=(); for t in "${tools[@]}"; do command -v "$t" >/dev/null || missing+=("$t"); done
if ((${#missing[@]})); then
  info "installing from Debian: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mkdir -p "$WORK/images"
registry_pid=""
containers=()
cleanup() {
  local c; for c in "${containers[@]}"; do runc delete --force "$c" >/dev/null 2>&1 || true; done
  [[ -n $registry_pid ]] && kill "$registry_pid" 2>/dev/null || true
}
trap cleanup EXIT

# --- 1 and 2: the registry, and the base in it --------------------------------------------------------------------
cat >"$WORK/registry.yml" <<EOF
version: 0.1
log: {level: warn}
storage: {filesystem: {rootdirectory: $WORK/registry}}
http: {addr: $REGISTRY}
EOF
if curl -fs "http://$REGISTRY/v2/" >/dev/null 2>&1; then die "port $REGISTRY_PORT is taken (IMAGE_CHECK_REGISTRY_PORT)"; fi
docker-registry serve "$WORK/registry.yml" >"$WORK/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 50); do curl -fs "http://$REGISTRY/v2/" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "http://$REGISTRY/v2/" >/dev/null || die "the registry did not start ($WORK/registry.log)"

if ! skopeo inspect --tls-verify=false "docker://$BASE" >/dev/null 2>&1; then
  if [[ ! -s $WORK/base-rootfs.tar ]]; then
    info "assembling the base: Debian bookworm with openjdk-17-jre-headless (mmdebstrap)"
    mmdebstrap --quiet --format=tar --variant=apt --include=openjdk-17-jre-headless,ca-certificates-java bookworm \
      "$WORK/base-rootfs.tar.part" && mv "$WORK/base-rootfs.tar.part" "$WORK/base-rootfs.tar"
  fi
  info "pushing the base to the local registry as $BASE"
  rm -rf "$WORK/base-oci" "$WORK/base-bundle"
  umoci init --layout "$WORK/base-oci"
  umoci new --image "$WORK/base-oci:base"
  umoci unpack --image "$WORK/base-oci:base" "$WORK/base-bundle" >/dev/null
  tar -xf "$WORK/base-rootfs.tar" -C "$WORK/base-bundle/rootfs"
  # UBI's OpenJDK images run as 185 (jboss), group 0, home /home/jboss: Jib puts the application there.
  echo 'jboss:x:185:0:Java runtime:/home/jboss:/usr/sbin/nologin' >>"$WORK/base-bundle/rootfs/etc/passwd"
  install -d -o 185 -g 0 -m 0775 "$WORK/base-bundle/rootfs/home/jboss"
  umoci repack --image "$WORK/base-oci:base" "$WORK/base-bundle"
  umoci config --image "$WORK/base-oci:base" --config.user 185 --config.workingdir /home/jboss
  skopeo copy -q --dest-tls-verify=false "oci:$WORK/base-oci:base" "docker://$BASE"
  rm -rf "$WORK/base-bundle"
fi

# --- 3: Jib, as CI would run it, with the registry and base switched ----------------------------------------------
modules=$(IFS=,; echo "${SERVICES[*]}")
info "building $modules with Jib, pushing to $REGISTRY"
(cd "$REPO_ROOT" && ./mvnw -B -q -pl "$modules" -am package -DskipTests \
  -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry="$REGISTRY" -Dquarkus.container-image.insecure=true \
  -Dquarkus.jib.base-jvm-image="$BASE") || die "the Jib build failed"
version=$(cd "$REPO_ROOT" && sed -n 's|.*<artifactId>casework-parent</artifactId>[[:space:]]*<version>\([^<]*\)</version>.*|\1|p' \
  <(tr -d '\n' <pom.xml) | head -1)
[[ -n $version ]] || die "cannot read the project version from pom.xml"

# --- 4: each image, run as its pod would run it -------------------------------------------------------------------
infra_started=""
if ! "$REPO_ROOT/scripts/infra.sh" status >/dev/null 2>&1; then infra_started=yes; fi
"$REPO_ROOT/scripts/infra.sh" start >/dev/null

# The record chain's key ring, as the Secret case-notes-record-chain-keys would be mounted: the local suite's keys
# (scripts/suite.sh makes local-1 on first start), so that what the local suite recorded still verifies.
chain_keys() {
  local dir="$REPO_ROOT/.infra/record-chain-keys" copy="$WORK/volumes/record-chain-keys"
  if [[ ! -f $dir/local-1 ]]; then
    mkdir -p "$dir" && chmod 700 "$dir" && (umask 077 && head -c 32 /dev/urandom | base64 >"$dir/local-1")
  fi
  rm -rf "$copy" && mkdir -p "$copy" && cp "$dir"/* "$copy"/ && chmod 0755 "$copy" && chmod 0644 "$copy"/*
  echo "$copy"
}

# A volume the pod's fsGroup (185) makes writable: group 185, group-writable, set-gid.
fs_group_volume() { rm -rf "$1" && install -d -o 0 -g 185 -m 2775 "$1"; }

# The OCI runtime configuration umoci made from the image, changed as the pod spec changes it.
pod_config() { # bundle hostname env-json mounts-json
  local config="$1/config.json"
  # The kubelet gives every pod an /etc/hosts naming its own host name: without one, the transaction manager's
  # InetAddress.getLocalHost() waits for DNS to time out at every start.
  printf '127.0.0.1 localhost\n127.0.1.1 %s\n' "$2" >"$1/hosts"
  jq --arg hostname "$2" --arg hosts "$1/hosts" --argjson env "$3" --argjson mounts "$4" --argjson memory "$MEMORY_LIMIT" \
    --argjson quota "$(awk -v cpu="$CPU" 'BEGIN { printf "%d", cpu * 100000 }')" '
      .root.readonly = true
    | .hostname = $hostname
    | .process.terminal = false
    | .process.noNewPrivileges = true
    | .process.capabilities = {bounding: [], effective: [], inheritable: [], permitted: [], ambient: []}
    | .process.user.additionalGids = [185]
    | .process.env += $env
    | .linux.namespaces |= map(select(.type != "network"))
    | .linux.resources.memory = {limit: $memory}
    | .linux.resources.cpu = {quota: $quota, period: 100000}
    | .mounts |= map(select(.destination != "/tmp"))
    | .mounts += [{destination: "/tmp", type: "tmpfs", source: "tmpfs", options: ["nosuid", "nodev", "mode=1777"]}]
    | .mounts += [{destination: "/etc/hosts", type: "bind", source: $hosts, options: ["rbind", "ro"]}]
    | .mounts += $mounts' "$config" >"$config.new"
  mv "$config.new" "$config"
}

env_json() { printf '%s\n' "$@" | jq -R . | jq -s .; }

results=()
for service in "${SERVICES[@]}"; do
  port=$(port_of_service "$service")
  check_port=$((port + 10000))
  management=$((port + 11000))
  image="$REGISTRY/casework/$service:$version"
  archive="$WORK/images/$service.tar"
  info "$service: $image -> ${archive#"$REPO_ROOT"/}"
  rm -f "$archive"
  skopeo copy -q --src-tls-verify=false "docker://$image" "oci-archive:$archive:$version"
  config=$(skopeo inspect --config "oci-archive:$archive" | jq -c .config)
  user=$(jq -r .User <<<"$config")
  [[ $user == 185 ]] || die "$service's image runs as '$user', not 185 (the Deployments' runAsUser)"
  layers=$(skopeo inspect "oci-archive:$archive" | jq '.Layers | length')
  size_mb=$(( $(stat -c %s "$archive") / 1024 / 1024 ))

  rm -rf "$WORK/oci-$service" "$WORK/bundle-$service"
  skopeo copy -q "oci-archive:$archive" "oci:$WORK/oci-$service:run"
  umoci unpack --image "$WORK/oci-$service:run" "$WORK/bundle-$service" >/dev/null
  prefix=$(tr 'a-z-' 'A-Z_' <<<"${service%-service}")
  common=("JAVA_TOOL_OPTIONS=$JAVA_TOOL_OPTIONS_POD" "CASEWORK_AUTHORITY=rochdale" "QUARKUS_HTTP_HOST=127.0.0.1"
    "QUARKUS_HTTP_PORT=$check_port" "QUARKUS_MANAGEMENT_HOST=127.0.0.1" "QUARKUS_MANAGEMENT_PORT=$management")
  mounts='[]'
  if [[ $service == case-notes-service ]]; then
    keys=$(chain_keys)
    fs_group_volume "$WORK/volumes/documents"; fs_group_volume "$WORK/volumes/uploads"
    common+=("CASEWORK_RECORD_CHAIN_KEY_DIR=/etc/casework/record-chain-keys" "CASEWORK_RECORD_CHAIN_CURRENT_KEY=local-1"
      "CASEWORK_DOCUMENTS_DIR=/var/lib/casework/documents" "CASEWORK_UPLOADS_DIR=/var/lib/casework/uploads")
    mounts=$(jq -n --arg keys "$keys" --arg docs "$WORK/volumes/documents" --arg up "$WORK/volumes/uploads" '[
      {destination: "/etc/casework/record-chain-keys", type: "bind", source: $keys, options: ["rbind", "ro"]},
      {destination: "/var/lib/casework/documents", type: "bind", source: $docs, options: ["rbind", "rw"]},
      {destination: "/var/lib/casework/uploads", type: "bind", source: $up, options: ["rbind", "rw"]}]')
  fi
  bundle="$WORK/bundle-$service"
  cp "$bundle/config.json" "$bundle/config.image.json"

  # The migrate initContainer: Flyway as the owner (the properties' local defaults), then exit.
  pod_config "$bundle" "$service" "$(env_json "${common[@]}" QUARKUS_INIT_AND_EXIT=true QUARKUS_FLYWAY_MIGRATE_AT_START=true)" "$mounts"
  container="casework-check-$service-migrate"; containers+=("$container")
  runc delete --force "$container" >/dev/null 2>&1 || true
  started=$(date +%s%N)
  (cd "$bundle" && runc run "$container" >"$WORK/$service-migrate.log" 2>&1) \
    || die "$service: the migrate container failed ($WORK/$service-migrate.log)"
  migrate_ms=$(( ($(date +%s%N) - started) / 1000000 ))

  # The app container: the runtime role (the properties' local defaults), until ready.
  cp "$bundle/config.image.json" "$bundle/config.json"
  pod_config "$bundle" "$service" "$(env_json "${common[@]}" QUARKUS_FLYWAY_MIGRATE_AT_START=false)" "$mounts"
  container="casework-check-$service"; containers+=("$container")
  runc delete --force "$container" >/dev/null 2>&1 || true
  started=$(date +%s%N)
  (cd "$bundle" && runc run -d --pid-file "$WORK/$service.pid" "$container" >"$WORK/$service.log" 2>&1)
  ready=""
  for _ in $(seq $((READY_TIMEOUT * 5))); do
    if curl -fs "http://127.0.0.1:$management/q/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
    [[ $(runc state "$container" 2>/dev/null | jq -r .status) == running ]] || break
    sleep 0.2
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  [[ -n $ready ]] || { tail -30 "$WORK/$service.log" >&2; die "$service did not become ready ($WORK/$service.log)"; }
  root_path=$(sed -n 's/^quarkus.http.root-path=//p' "$REPO_ROOT/$service/src/main/resources/application.properties")
  curl -fs "http://127.0.0.1:$check_port$root_path/q/openapi" >/dev/null \
    || die "$service is ready but does not serve $root_path/q/openapi on its API port"
  rss_mb=$(( $(awk '/VmRSS/ {print $2}' "/proc/$(cat "$WORK/$service.pid")/status") / 1024 ))
  # What the pod's user may write: /tmp and the volumes, through the fsGroup; never the image.
  runc exec "$container" sh -c 'touch /tmp/.write-check && rm /tmp/.write-check' \
    || die "$service's user cannot write to /tmp"
  if runc exec "$container" sh -c 'touch /home/jboss/.write-check' 2>/dev/null; then
    die "$service's root filesystem is writable"
  fi
  if [[ $service == case-notes-service ]]; then
    for volume in /var/lib/casework/documents /var/lib/casework/uploads; do
      runc exec "$container" sh -c "touch $volume/.write-check && rm $volume/.write-check" \
        || die "$service's user cannot write to $volume through the pod's fsGroup"
    done
  fi
  if grep -qi 'read-only file system' "$WORK/$service.log"; then
    grep -i 'read-only file system' "$WORK/$service.log" | head -5 >&2
    die "$service tried to write outside /tmp and its volumes"
  fi
  runc kill "$container" TERM >/dev/null 2>&1 || true
  for _ in $(seq 100); do [[ $(runc state "$container" 2>/dev/null | jq -r .status) == stopped ]] && break; sleep 0.2; done
  runc delete --force "$container" >/dev/null 2>&1 || true
  results+=("$(printf '%-20s %5s MB %3s layers  user %s  CPU %s  migrate %6s ms  ready %6s ms  RSS %4s MB' \
    "$service" "$size_mb" "$layers" "$user" "$CPU" "$migrate_ms" "$ready_ms" "$rss_mb")")
  info "$service: ready in $ready_ms ms, RSS $rss_mb MB; entrypoint $(jq -c .Entrypoint <<<"$config")"
done

[[ -n $infra_started ]] && info "the infrastructure was started for this check: scripts/infra.sh stop stops it"
info "images (OCI archives) in ${WORK#"$REPO_ROOT"/}/images; every one ran as its pod would:"
printf '  %s\n' "${results[@]}"
