# Functions behind ./suite. Everything it starts runs as a process of this machine, with its state, pid and log
# under $STATE (default .state/ in the checkout), so `./suite down` and a later `up` find it again.

STATE="${SUITE_STATE_DIR:-$ROOT/.state}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
MONGO_PORT="${MONGO_PORT:-27017}"
PG_HOST=127.0.0.1
PG_PORT="${PG_PORT:-5432}"
DEV_KEYS="$ROOT/platform/test-kit/src/main/resources/dev-jwt"
MVNW="$ROOT/mvnw"

log()  { printf '\033[1m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[33mwarning:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }

# Services present in this checkout, from deploy/local/services.conf: "name port database" per line.
services() {
  grep -v '^\s*#' "$ROOT/deploy/local/services.conf" | while read -r name port db; do
    [ -n "$name" ] && [ -d "$ROOT/$name" ] && echo "$name $port $db"
  done
}

ensure_apt_package() {  # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  log "installing $2 (apt)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

ensure_java() {
  if ! command -v java >/dev/null 2>&1 || ! java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])'; then
    ensure_apt_package javac openjdk-17-jdk-headless
  fi
}

# PostgreSQL from Debian's package: install if missing, start if stopped.
ensure_postgres() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    log "installing PostgreSQL (apt)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    local version
    version=$(pg_lsclusters -h | awk 'NR==1{print $1}')
    [ -n "$version" ] || die "no PostgreSQL cluster found (pg_lsclusters)"
    log "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || as_root pg_ctlcluster "$version" main start
    for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || die "PostgreSQL did not become ready on $PG_HOST:$PG_PORT"
  fi
}

# A login role with a password (works with trust and with scram-sha-256 over TCP).
ensure_role() {  # role password [extra attributes]
  as_postgres "psql -qtAc \"select 1 from pg_roles where rolname='$1'\" | grep -q 1 || psql -qc \"create role $1 login password '$2' ${3:-}\"" >/dev/null
}

ensure_database() {  # name owner
  as_postgres "psql -qtAc \"select 1 from pg_database where datname='$1'\" | grep -q 1 || psql -qc \"create database $1 owner $2\"" >/dev/null
}

# Builds when a service jar is missing or any source is newer than it.
build_if_needed() {
  local stale=""
  for module in platform deploy/local-infra $(services | awk '{print $1}'); do
    local jar
    case "$module" in
      platform) jar="$ROOT/platform/service-kit/target/service-kit-0.1.0-SNAPSHOT.jar" ;;
      deploy/local-infra) jar="$ROOT/deploy/local-infra/target/runtime-classpath.txt" ;;
      *) jar="$ROOT/$module/target/quarkus-app/quarkus-run.jar" ;;
    esac
    if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/$module" -path '*/target' -prune -o -newer "$jar" -type f \( -name '*.java' -o -name '*.properties' -o -name '*.sql' -o -name 'pom.xml' -o -name '*.json' -o -name '*.html' \) -print -quit)" ]; then
      stale="$stale $module"
    fi
  done
  if [ -n "$stale" ]; then
    log "building (changed:$stale) — the first build downloads dependencies from Maven Central"
    "$MVNW" -B -q -DskipTests install || die "build failed"
  fi
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_port() {  # port seconds name
  for _ in $(seq 1 "$2"); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 1
  done
  die "$3 did not open port $1 (see $STATE/logs/)"
}

infra_classpath() { cat "$ROOT/deploy/local-infra/target/runtime-classpath.txt"; }

# A single-node KRaft broker from Maven Central's kafka_2.13 jar; data survives restarts.
start_kafka() {
  local dir="$STATE/kafka" pidfile="$STATE/pids/kafka.pid"
  if pid_alive "$pidfile"; then log "Kafka already running (127.0.0.1:$KAFKA_PORT)"; return; fi
  mkdir -p "$dir/data"
  cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=true
# Event topics are the record a projection rebuild reads: kept forever, not the broker's 7-day default (issue 15).
log.retention.ms=-1
log.retention.bytes=-1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  local cp; cp="$(infra_classpath)"
  if [ ! -f "$dir/data/meta.properties" ]; then
    local cluster_id
    cluster_id=$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null)
    java -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" >"$STATE/logs/kafka-format.log" 2>&1 \
      || die "formatting Kafka storage failed (see $STATE/logs/kafka-format.log)"
  fi
  log "starting Kafka (KRaft) on 127.0.0.1:$KAFKA_PORT"
  nohup java -Xmx512m -cp "$cp" kafka.Kafka "$dir/server.properties" >"$STATE/logs/kafka.log" 2>&1 &
  echo $! > "$pidfile"
  wait_port "$KAFKA_PORT" 60 Kafka
}

start_mongo() {
  local pidfile="$STATE/pids/mongo.pid"
  if pid_alive "$pidfile"; then log "Mongo wire server already running (127.0.0.1:$MONGO_PORT)"; return; fi
  log "starting Mongo wire server (mongo-java-server, file-backed) on 127.0.0.1:$MONGO_PORT"
  nohup java -Xmx256m -cp "$ROOT/deploy/local-infra/target/classes:$(infra_classpath)" \
    cn.safetysupervision.localinfra.MongoWireServer "$MONGO_PORT" "$STATE/mongo/data.mv" >"$STATE/logs/mongo.log" 2>&1 &
  echo $! > "$pidfile"
  wait_port "$MONGO_PORT" 30 "Mongo wire server"
}

local_secret() {  # name — 32 random bytes (Base64), made once per local stack and kept in its state directory
  local file="$STATE/secrets/$1"
  if [ ! -s "$file" ]; then
    mkdir -p "$STATE/secrets" && chmod 700 "$STATE/secrets"
    head -c 32 /dev/urandom | base64 > "$file" && chmod 600 "$file"
  fi
  cat "$file"
}

start_service() {  # name port database
  local name=$1 port=$2 db=$3 pidfile="$STATE/pids/$1.pid"
  if pid_alive "$pidfile"; then log "$name already running (:$port)"; return; fi
  ensure_role "$db" "$db"
  ensure_database "$db" "$db"
  log "starting $name on :$port"
  HTTP_PORT=$port \
  DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" DB_USER="$db" DB_PASSWORD="$db" \
  KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
  MONGODB_CONNECTION_STRING="mongodb://127.0.0.1:$MONGO_PORT" \
  JWT_PUBLIC_KEY_LOCATION="$DEV_KEYS/public-key.pem" ALLOW_DEVELOPMENT_KEYS=true \
  DISCLOSURE_IMAGES_SERVICE_TOKEN="$(suite_token evidence-reader)" \
  COMPLAINT_RECEIPT_HMAC_KEY="$(local_secret complaint-receipt-hmac)" COMPLAINT_IDENTITY_KEY="$(local_secret complaint-identity)" \
    nohup java ${SUITE_JAVA_OPTS:--Xmx384m} -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >"$STATE/logs/$name.log" 2>&1 &
  echo $! > "$pidfile"
}

wait_ready() {  # name port
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1; then return 0; fi
    pid_alive "$STATE/pids/$1.pid" || die "$1 exited during start-up; last lines of $STATE/logs/$1.log:
$(tail -20 "$STATE/logs/$1.log")"
    sleep 1
  done
  die "$1 not ready after 120 s (see $STATE/logs/$1.log)"
}

suite_up() {
  local started=$SECONDS
  mkdir -p "$STATE/logs" "$STATE/pids" "$STATE/mongo"
  ensure_java
  ensure_apt_package curl curl
  ensure_apt_package npm npm   # the build packs npm's axe-core into platform/browser-kit
  ensure_postgres
  build_if_needed
  start_kafka
  start_mongo
  services | while read -r name port db; do start_service "$name" "$port" "$db"; done
  services | while read -r name port db; do wait_ready "$name" "$port"; done
  log "suite is up in $((SECONDS - started)) s"
  suite_status
  cat <<TXT

  Public site (disclosure-service): http://127.0.0.1:8084/
  Try it:
    TOKEN=\$(./suite token association)
    curl -s -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:8081/api/v1/agencies/<id>
  Watch the events (Debian's kcat: apt-get install kcat):
    kcat -b 127.0.0.1:$KAFKA_PORT -C -t registry.agency -f '%k %h\\n%s\\n\\n'
  Logs: $STATE/logs/     Stop: ./suite down
TXT
}

suite_status() {
  printf '\n  %-22s %-8s %-48s %s\n' SERVICE STATE "SWAGGER UI" HEALTH
  services | while read -r name port db; do
    local state=down
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && state=ready
    [ "$state" = down ] && pid_alive "$STATE/pids/$name.pid" && state=starting
    printf '  %-22s %-8s %-48s %s\n' "$name" "$state" "http://127.0.0.1:$port/q/swagger-ui" "http://127.0.0.1:$port/q/health"
  done
  local k=down m=down
  pid_alive "$STATE/pids/kafka.pid" && k=running
  pid_alive "$STATE/pids/mongo.pid" && m=running
  printf '  %-22s %-8s %s\n' kafka "$k" "127.0.0.1:$KAFKA_PORT (KRaft, data in $STATE/kafka)"
  printf '  %-22s %-8s %s\n' mongo-wire "$m" "mongodb://127.0.0.1:$MONGO_PORT (data in $STATE/mongo)"
  printf '  %-22s %-8s %s\n' postgresql "$(pg_isready -q -h $PG_HOST -p $PG_PORT 2>/dev/null && echo ready || echo down)" "$PG_HOST:$PG_PORT"
}

stop_pid() {  # name
  local pidfile="$STATE/pids/$1.pid"
  if pid_alive "$pidfile"; then
    local pid; pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    log "stopped $1"
  fi
  rm -f "$pidfile"
}

suite_down() {
  services | while read -r name port db; do stop_pid "$name"; done
  stop_pid mongo
  stop_pid kafka
}

suite_logs() { tail -n 200 -f "$STATE/logs/${1:?service name}.log"; }

# RS256 JWT signed with the development key (tests and local use only).
suite_token() {
  local role=${1:?usage: ./suite token <regulator|association|agency> [agency-id]} agency=${2:-}
  # evidence-reader: disclosure-service's own account for copying published site images from contract-service
  case "$role" in regulator|association|agency|evidence-reader) ;; *) die "role must be regulator, association or agency" ;; esac
  [ "$role" != agency ] || [ -n "$agency" ] || die "an agency token needs the agency id: ./suite token agency <id>"
  local now; now=$(date +%s)
  local claims="{\"iss\":\"https://auth.safetysupervision.local\",\"sub\":\"local-$role\",\"upn\":\"local-$role\",\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$((now + 8 * 3600))"
  [ -n "$agency" ] && claims="$claims,\"agency_id\":\"$agency\""
  claims="$claims}"
  b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
  local header payload signature
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64)
  payload=$(printf '%s' "$claims" | b64)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$DEV_KEYS/private-key.pem" -binary | b64)
  printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

# Headless Chromium, its driver and a CJK font from Debian, for the tests that look at pages (platform/browser-kit).
ensure_browser() {
  ensure_apt_package chromium chromium
  ensure_apt_package chromedriver chromium-driver
  # grep reads all of fc-list's output: with -q it would stop early and pipefail would see fc-list's SIGPIPE
  if ! fc-list 2>/dev/null | grep 'Noto Sans CJK' >/dev/null; then
    log "installing fonts-noto-cjk (apt)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
  fi
}

# Every test. Needs PostgreSQL with a CREATEDB role for the per-run test databases, and npm for the AsyncAPI check.
suite_test() {
  local started=$SECONDS
  ensure_java
  ensure_postgres
  ensure_role supervision_test supervision_test "createdb"
  export TEST_PG_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/postgres" TEST_PG_USER=supervision_test TEST_PG_PASSWORD=supervision_test
  ensure_apt_package npm npm
  ensure_browser
  # The AsyncAPI check (npm and node, ~40 s) runs beside the Maven build, which waits on brokers and services
  # most of the time; its verdict is read once the build is done.
  log "validating the AsyncAPI document (@asyncapi/cli), beside the Maven build"
  local contract_log
  contract_log="$(mktemp)"
  ( cd "$ROOT/tools/contract-check" && npm ci --no-audit --no-fund --loglevel=error >/dev/null \
      && npx asyncapi config analytics --disable >/dev/null 2>&1; \
      SUPPRESS_NO_CONFIG_WARNING=1 npx asyncapi validate "$ROOT/platform/event-contract/src/main/resources/asyncapi/asyncapi.yaml" --fail-severity=error ) \
    >"$contract_log" 2>&1 &
  local contract_pid=$!
  log "running every module's tests and the system tests (./mvnw verify)"
  "$MVNW" -B verify "$@" || { wait "$contract_pid" || true; rm -f "$contract_log"; die "the Maven build failed"; }
  if ! wait "$contract_pid"; then
    cat "$contract_log"; rm -f "$contract_log"
    die "the AsyncAPI document is invalid"
  fi
  grep -v '^WARNING: ' "$contract_log" || true
  rm -f "$contract_log"
  log "all tests passed in $((SECONDS - started)) s"
}
