# shellcheck shell=bash
#
# Keycloak for scripts/infra.sh: the distribution zip from Maven Central, unpacked into
# .infra/keycloak and run with start-dev on 127.0.0.1:8180, the realm imported from
# infra/keycloak/casework-realm.json. A library sourced after common.sh (its download runs
# Maven on KAFKA_POM from there): sourcing it only defines variables and the keycloak_*
# functions (keycloak_start, keycloak_stop, keycloak_kill, keycloak_reset,
# keycloak_status) that scripts/infra.sh dispatches to, and fetch_keycloak_unlocked.

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_PORT=8180
KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"
KEYCLOAK_REALM=casework
KEYCLOAK_HOME="$INFRA_DIR/keycloak"
KEYCLOAK_ZIP="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
KEYCLOAK_REALM_SUM="$INFRA_DIR/keycloak.realm.sha256"
REALM_FILE="$REPO_ROOT/infra/keycloak/casework-realm.json"

# ---------------------------------------------------------------------------------------
# Download (cached per machine; see fetch_server in common.sh)
# ---------------------------------------------------------------------------------------

# The marker is written last, once the zip is in place.
keycloak_cached() {
  [[ -f "$CACHE_DIR/keycloak-$KEYCLOAK_VERSION/.complete" ]]
}

fetch_keycloak_unlocked() {
  local target="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
  keycloak_cached && return 0
  info "keycloak: downloading Keycloak $KEYCLOAK_VERSION (about 177 MB) into $target (once per machine)"
  local tmp log="$INFRA_DIR/download.log"
  # left over by an interrupted download (we hold the cache lock: nobody else writes)
  rm -rf "$CACHE_DIR"/.keycloak-*
  tmp=$(mktemp -d "$CACHE_DIR/.keycloak-$KEYCLOAK_VERSION.XXXXXX")
  # The small Kafka pom has no parent, so this works whatever state the root reactor is in.
  if ! mvn_locked -B -q -f "$KAFKA_POM" dependency:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$tmp" >"$log" 2>&1; then
    rm -rf "$tmp"
    die "downloading the Keycloak distribution failed" "$log"
  fi
  touch "$tmp/.complete"
  rm -rf "$target"
  mv "$tmp" "$target"
}

# ---------------------------------------------------------------------------------------
# Keycloak (distribution zip, start-dev, realm imported)
# ---------------------------------------------------------------------------------------

# kc.sh puts -Dkc.home.dir=<resolved bin>/.. on the Java command line: that identifies our
# Keycloak among other clones' on the same machine.
keycloak_marker() {
  echo "-Dkc.home.dir=$(cd "$KEYCLOAK_HOME/bin" 2>/dev/null && pwd -P)/.."
}

# The first start re-augments and then replaces kc.sh with Java (exec); later starts run
# Java as a child of kc.sh. The pid that matters is always the Java process's own.
keycloak_java_pid() {
  [[ -d "$KEYCLOAK_HOME/bin" ]] || return 0
  java_pids_with_arg "$(keycloak_marker)" | head -n 1
}

keycloak_install() {
  local stamp="$KEYCLOAK_HOME/.casework-installed-$KEYCLOAK_VERSION"
  [[ -f "$stamp" ]] && return 0
  fetch_server keycloak
  if [[ -d "$KEYCLOAK_HOME" ]]; then
    warn "keycloak: replacing the unpacked Keycloak in $KEYCLOAK_HOME (other version or incomplete)"
  fi
  info "keycloak: unpacking Keycloak $KEYCLOAK_VERSION into $KEYCLOAK_HOME"
  local tmp="$INFRA_DIR/.keycloak-unpack"
  rm -rf "$tmp" "$KEYCLOAK_HOME" "$KEYCLOAK_REALM_SUM"
  mkdir -p "$tmp"
  unzip -q "$KEYCLOAK_ZIP" -d "$tmp" || die "unzip of $KEYCLOAK_ZIP failed (delete it to download again)"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$tmp"
  touch "$stamp"
}

realm_checksum() {
  sha256sum "$REALM_FILE" | cut -d ' ' -f 1
}

realm_changed() {
  [[ "$(cat "$KEYCLOAK_REALM_SUM" 2>/dev/null || true)" != "$(realm_checksum)" ]]
}

# --import-realm skips a realm that already exists, so a changed realm file means a new
# database: remove the dev H2 files (users, sessions, the master realm's admin).
keycloak_prepare_realm() {
  [[ -f "$REALM_FILE" ]] || die "realm file $REALM_FILE is missing"
  if realm_changed; then
    if [[ -d "$KEYCLOAK_HOME/data/h2" ]]; then
      info "keycloak: realm file changed since the last import: dropping the Keycloak database to import it again"
    fi
    # forget the old import at once: should this one fail half-way, the next start
    # drops whatever it left and imports again
    rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_REALM_SUM"
  fi
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/casework-realm.json"
}

keycloak_start() {
  local t0; t0=$(now_ms)
  local pid; pid=$(keycloak_java_pid)
  if [[ -n "$pid" ]]; then
    if realm_changed; then
      info "keycloak: running, but the realm file changed since the last import: restarting"
      keycloak_stop
    else
      echo "$pid" >"$INFRA_DIR/keycloak.pid"
      info "keycloak: already running (pid $pid)"
      return 0
    fi
  fi
  keycloak_install
  fail_if_port_taken keycloak "$KEYCLOAK_PORT"
  keycloak_prepare_realm
  local log="$INFRA_DIR/keycloak.log"
  rotate_log "$log"
  local first=""
  [[ -f "$KEYCLOAK_HOME/.casework-started" ]] || first=" (the first start builds Keycloak: about a minute)"
  info "keycloak: starting Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL$first"
  (cd "$KEYCLOAK_HOME" && exec env \
    KC_BOOTSTRAP_ADMIN_USERNAME="${CASEWORK_KEYCLOAK_ADMIN:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${CASEWORK_KEYCLOAK_ADMIN_PASSWORD:-admin}" \
    setsid bin/kc.sh start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --hostname="$KEYCLOAK_URL" --import-realm >>"$log" 2>&1 </dev/null) &
  local launcher=$!
  local well_known="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/.well-known/openid-configuration"
  local timeout_s=${CASEWORK_KEYCLOAK_TIMEOUT:-180} i
  for ((i = 0; i < timeout_s * 2; i++)); do
    curl -fs -o /dev/null --max-time 2 "$well_known" && break
    # kc.sh (or Java in its place) gone and no Java of ours left: the start failed
    if ! pid_alive "$launcher" && [[ -z "$(keycloak_java_pid)" ]]; then
      die "Keycloak exited during start-up" "$log"
    fi
    sleep 0.5
  done
  if ! curl -fs -o /dev/null --max-time 2 "$well_known"; then
    pid=$(keycloak_java_pid)
    [[ -n "$pid" ]] && stop_pid keycloak "$pid"
    die "Keycloak did not serve $well_known within $timeout_s s" "$log"
  fi
  local issuer
  issuer=$(curl -fs --max-time 2 "$well_known" | sed -n 's/.*"issuer":"\([^"]*\)".*/\1/p')
  [[ "$issuer" == "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM" ]] \
    || warn "keycloak: unexpected issuer '$issuer'"
  pid=$(keycloak_java_pid)
  echo "$pid" >"$INFRA_DIR/keycloak.pid"
  # recorded only now, so that a failed import is tried again on the next start
  realm_checksum >"$KEYCLOAK_REALM_SUM"
  touch "$KEYCLOAK_HOME/.casework-started"
  info "keycloak: ready on $KEYCLOAK_URL (realm $KEYCLOAK_REALM) in $(elapsed "$t0") (pid $pid)"
}

keycloak_stop() {
  local pid; pid=$(keycloak_java_pid)
  if [[ -z "$pid" ]]; then
    info "keycloak: not running"
  else
    info "keycloak: stopping (pid $pid)"
    stop_pid keycloak "$pid"
  fi
  rm -f "$INFRA_DIR/keycloak.pid"
}

keycloak_kill() {
  kill_pid keycloak "$(keycloak_java_pid)"
}

keycloak_reset() {
  keycloak_stop
  # keeps the unpacked and built distribution: only the data goes
  info "keycloak: wiping its database and imported realm"
  rm -rf "$KEYCLOAK_HOME/data" "$KEYCLOAK_REALM_SUM"
}

keycloak_status() {
  local pid; pid=$(keycloak_java_pid)
  if [[ -n "$pid" ]] && port_open "$KEYCLOAK_PORT"; then
    local note=""
    realm_changed && note="(realm file changed since import: run start to re-import)"
    print_status keycloak up "$pid" "$KEYCLOAK_PORT" "$(rss_mb "$pid")" "$note"
  else
    print_down keycloak "$KEYCLOAK_PORT"
    return 1
  fi
}
