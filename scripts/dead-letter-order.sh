#!/usr/bin/env bash
#
# Orders a service's consumer to dead-letter one event that keeps failing, for a reason only a person can judge
# (docs/operations.md, "A stuck consumer"). The consumer, which retries the event until it passes, finds the order
# at its next attempt, logs who ordered it and why, and sends the record to its dead-letter topic with this reason.
# Replay it later with scripts/dlq-replay.sh.
#
#   scripts/dead-letter-order.sh <service> <event-id> <reason...>
#   scripts/dead-letter-order.sh visits 3f0c...e1 "child registered in the wrong authority; replay after the fix"
#
# <service> is the service's database: casenotes, visits, deadlines or approvals (case-notes-service, ... also work).
# The event id is in the consumer's log line and in /q/health/group/events on the management port (9081). Runs psql as the postgres user on this
# machine (as scripts/infra.sh does), so run it as root or with sudo; ordered_by is the person running it.
set -euo pipefail
[[ $# -ge 3 ]] || { sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

service=$1 event_id=$2
shift 2
reason="$*"
case $service in
  casenotes | case-notes | case-notes-service) db=casenotes ;;
  visits | visits-service) db=visits ;;
  deadlines | deadlines-service) db=deadlines ;;
  approvals | approvals-service) db=approvals ;;
  *) echo "dead-letter-order.sh: unknown service '$service' (casenotes, visits, deadlines, approvals)" >&2; exit 2 ;;
esac
[[ $event_id =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]] \
  || { echo "dead-letter-order.sh: '$event_id' is not an event id (a UUID)" >&2; exit 2; }
ordered_by=${SUDO_USER:-${USER:-$(id -un)}}

# psql's variables are quoted by psql itself (:'name'), so a reason may hold any character.
(cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
  -v event_id="$event_id" -v reason="$reason" -v ordered_by="$ordered_by" -At) <<'SQL'
insert into dead_letter_order (event_id, reason, ordered_by)
values (:'event_id', :'reason', :'ordered_by')
on conflict (event_id) do update
  set reason = excluded.reason, ordered_by = excluded.ordered_by, ordered_at = now(), carried_out_at = null;
select format('ordered in database %s: event %s to be dead-lettered (%s), by %s at %s',
              current_database(), event_id, reason, ordered_by, ordered_at)
from dead_letter_order where event_id = :'event_id';
SQL
echo "The consumer carries it out at its next attempt (within casework.events.retry.max-backoff, 10 s by default)."
echo "Check: its log (\"dead-lettered by order of $ordered_by\"), /q/health/group/events on the management port (9081), then"
echo "scripts/dlq-replay.sh casework.${db/casenotes/case-notes}.dlq --dry-run"
