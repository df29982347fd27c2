#!/usr/bin/env bash
# LabFlow's single test command (see README.md, "Test").
#
#   ./test.sh                      run every test project
#   ./test.sh --filter Name~Store  extra arguments go to every `dotnet test` call
#
# Prepares the real parts the tests use (PostgreSQL on 127.0.0.1:5432 with the
# role labflow_test), restores and builds the test projects once (LabFlow.Tests.slnf:
# the solution without bench/), runs the test projects one after another (two
# cores: parallel test assemblies fight), prints how long each stage took, and
# ends with the line `N passed, N failed` (plus `, N skipped` when tests were skipped).
# Exit code 0 only when the build succeeded, every project produced results,
# nothing failed and at least one test passed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

readonly PG_VERSION=15
readonly PG_CLUSTER=main
readonly PG_HOST=127.0.0.1
readonly PG_PORT=5432
readonly PG_ROLE=labflow_test
readonly PG_PASSWORD=labflow_test
readonly RESULTS_ROOT=TestResults

readonly SOLUTION=LabFlow.Tests.slnf

log() { printf '\n==> %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# The summary line is what CI reads, so it is printed on every way out of the
# script; an error before the tests ran counts as one failure.
summary_printed=0
on_exit() {
  local rc=$?
  rm -f "${times_file:-}"
  if [ "$summary_printed" = 0 ]; then
    [ "$rc" != 0 ] || rc=1
    printf '0 passed, 1 failed\n'
  fi
  exit "$rc"
}
trap on_exit EXIT

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
  # cd / so psql does not warn that it cannot read the caller's directory.
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && sudo -u postgres -- "$@")
  fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    as_root apt-get update
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}

# --- PostgreSQL ---------------------------------------------------------------

ensure_postgres_installed() {
  if command -v pg_ctlcluster >/dev/null 2>&1 && command -v psql >/dev/null 2>&1 \
    && [ -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ]; then
    return
  fi
  log "Installing PostgreSQL $PG_VERSION from Debian packages (about a minute)"
  apt_install postgresql
}

start_postgres() {
  # The package creates the cluster; create it again if it was dropped since.
  if ! pg_lsclusters -h "$PG_VERSION" "$PG_CLUSTER" >/dev/null 2>&1; then
    log "Creating PostgreSQL cluster $PG_VERSION/$PG_CLUSTER"
    as_root pg_createcluster "$PG_VERSION" "$PG_CLUSTER"
  fi
  local port
  port=$(pg_lsclusters -h "$PG_VERSION" "$PG_CLUSTER" | awk '{print $3}')
  [ "$port" = "$PG_PORT" ] \
    || die "PostgreSQL cluster $PG_VERSION/$PG_CLUSTER is set to port $port, the tests expect $PG_PORT (port in /etc/postgresql/$PG_VERSION/$PG_CLUSTER/postgresql.conf)"

  if ! as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; then
    log "Starting PostgreSQL $PG_VERSION/$PG_CLUSTER"
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
  fi

  local deadline=$((SECONDS + 30))
  until pg_isready -q -t 2 -h "$PG_HOST" -p "$PG_PORT"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 20 "/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" >&2 || true
      die "PostgreSQL did not answer on $PG_HOST:$PG_PORT within 30 s (log above)"
    fi
    sleep 1
  done
}

ensure_test_role() {
  # Create the role and a database of its name (the default database for a
  # connection string without Database=), and reset the password each run.
  as_postgres psql -q -X -v ON_ERROR_STOP=1 -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
    CREATE ROLE $PG_ROLE;
  END IF;
END
\$\$;
ALTER ROLE $PG_ROLE WITH LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
GRANT pg_signal_backend TO $PG_ROLE;
SELECT 'CREATE DATABASE $PG_ROLE OWNER $PG_ROLE'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_ROLE')\gexec
SQL

  # Prove that password authentication over TCP works (Debian's pg_hba.conf
  # uses scram-sha-256 for host 127.0.0.1/32).
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 \
    psql -q -X -w -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ROLE" -d postgres -tAc 'SELECT 1' >/dev/null \
    || die "cannot sign in to PostgreSQL as $PG_ROLE with a password over TCP on $PG_HOST:$PG_PORT; pg_hba.conf (/etc/postgresql/$PG_VERSION/$PG_CLUSTER/pg_hba.conf) needs 'host all all 127.0.0.1/32 scram-sha-256'"
}

# --- Chromium (browser tests) -------------------------------------------------

# Hook for the browser tests (Playwright drives Debian's Chromium at
# /usr/bin/chromium; never `playwright install`). Called only when the
# end-to-end test project exists. `apt-get install chromium` takes about 90 s.
# A missing browser must fail the browser tests under CI=true, never skip them:
# the install either works or stops the run here.
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return
  fi
  log "Installing Chromium from Debian packages (about 90 s)"
  apt_install chromium
  [ -x /usr/bin/chromium ] || die "apt-get install chromium did not provide /usr/bin/chromium, which the browser tests need"
}

# --- Fonts (report charts) ----------------------------------------------------

# The Word exports draw their charts with ScottPlot (SkiaSharp), which needs the
# DejaVu Sans font (Debian's fonts-dejavu-core, found through fontconfig).
ensure_chart_fonts() {
  if command -v fc-list >/dev/null 2>&1 && fc-list | grep -q 'DejaVu Sans'; then
    return
  fi
  log "Installing the charts' font from Debian packages (fonts-dejavu-core)"
  apt_install fontconfig fonts-dejavu-core
}

# --- Stage times ----------------------------------------------------------------

# Wall time and CPU time (user + system of this script's finished child processes:
# test hosts, the LabFlow Host processes and Chromium they start; not the build
# servers MSBuild and the compiler leave running) of each stage, printed when the
# stage ends and again as a table at the end, so every run shows what it cost.
stage_names=()
stage_walls=()
stage_cpus=()
stage_name=''
stage_wall_start=0
stage_cpu_start=0

# Sets children_cpu to the milliseconds of CPU the finished children used so far:
# the second line of bash's `times`, which must run in this shell, never in $(...)
# or a pipe (a subshell starts counting from zero).
times_file=$(mktemp)
children_cpu=0
read_children_cpu() {
  local user system
  times >"$times_file"
  read -r user system <<<"$(tail -n 1 "$times_file")"
  children_cpu=$(awk -v u="$user" -v s="$system" 'function ms(t,  m, sec) { m = t; sub(/m.*/, "", m); sec = t; sub(/^[0-9]*m/, "", sec); sub(/s$/, "", sec); return m * 60000 + sec * 1000 }
    BEGIN { printf "%d\n", ms(u) + ms(s) }')
}

now_ms() { date +%s%3N; }

stage_end() {
  [ -n "$stage_name" ] || return 0
  local wall cpu
  wall=$(( $(now_ms) - stage_wall_start ))
  read_children_cpu
  cpu=$(( children_cpu - stage_cpu_start ))
  stage_names+=("$stage_name")
  stage_walls+=("$wall")
  stage_cpus+=("$cpu")
  printf -- '--- %s took %s wall, %s CPU\n' "$stage_name" "$(seconds "$wall")" "$(seconds "$cpu")"
  stage_name=''
}

stage_begin() {
  stage_end
  stage_name=$1
  stage_wall_start=$(now_ms)
  read_children_cpu
  stage_cpu_start=$children_cpu
}

seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }

print_stage_table() {
  [ "${#stage_names[@]}" -gt 0 ] || return 0
  local i total_wall=0 total_cpu=0
  printf '\n%-34s %10s %10s\n' 'Stage' 'Wall' 'CPU'
  for i in "${!stage_names[@]}"; do
    printf '%-34s %10s %10s\n' "${stage_names[$i]}" "$(seconds "${stage_walls[$i]}")" "$(seconds "${stage_cpus[$i]}")"
    total_wall=$((total_wall + stage_walls[i]))
    total_cpu=$((total_cpu + stage_cpus[i]))
  done
  printf '%-34s %10s %10s\n' 'Total' "$(seconds "$total_wall")" "$(seconds "$total_cpu")"
}

# --- Results ------------------------------------------------------------------

# Prints one counter of a .trx file's <Counters .../> element (0 when absent).
trx_counter() {
  local file=$1 name=$2 value
  value=$(tr '\n' ' ' <"$file" | grep -o '<Counters [^>]*>' | head -n 1 \
    | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9][0-9]*' || true)
  printf '%s\n' "${value:-0}"
}

# --- Main ---------------------------------------------------------------------

stage_begin 'Install check (PostgreSQL, Chromium, fonts)'
ensure_postgres_installed
start_postgres
ensure_test_role
export LABFLOW_TEST_POSTGRES="Host=$PG_HOST;Port=$PG_PORT;Username=$PG_ROLE;Password=$PG_PASSWORD"

if [ -d tests/LabFlow.EndToEnd.Tests ]; then
  ensure_chromium
fi
ensure_chart_fonts

# The filter is LabFlow.sln without bench/ (the benchmarks are built when they are
# run); a project added to the solution must be added to the filter too.
missing=$(grep -o '"[^"]*\.csproj"' LabFlow.sln | tr -d '"' | grep -v '^bench\\' \
  | while read -r path; do grep -qF "\"${path//\\/\\\\}\"" "$SOLUTION" || printf '%s ' "$path"; done)
[ -z "$missing" ] || die "$SOLUTION does not list $missing(in LabFlow.sln): add them to its \"projects\" so the tests build them"

# Restore and build once; every `dotnet test` below runs with --no-build.
stage_begin 'Restore'
log "Restoring $SOLUTION"
restored=1
dotnet restore "$SOLUTION" -nologo -v minimal || restored=0
stage_begin 'Build (Release)'
if [ "$restored" = 1 ]; then
  log "Building $SOLUTION (Release)"
fi
if [ "$restored" = 0 ] || ! dotnet build "$SOLUTION" -c Release --no-restore -nologo -v minimal; then
  stage_end
  print_stage_table
  summary_printed=1
  printf '\nRestore or build failed (output above).\n0 passed, 1 failed\n'
  exit 1
fi

shopt -s nullglob
projects=(tests/*/*.Tests.csproj)
shopt -u nullglob
[ "${#projects[@]}" -gt 0 ] || die "no test projects found (tests/*/*.Tests.csproj)"

# The browser tests (one Host process and one Chromium in one collection) run
# last, after the other assemblies, so they never share the two cores with them.
readonly END_TO_END=tests/LabFlow.EndToEnd.Tests/LabFlow.EndToEnd.Tests.csproj
ordered=()
for project in "${projects[@]}"; do
  [ "$project" = "$END_TO_END" ] || ordered+=("$project")
done
[ ! -f "$END_TO_END" ] || ordered+=("$END_TO_END")
projects=("${ordered[@]}")

total_passed=0
total_failed=0
total_skipped=0
problems=()

for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  results_dir="$RESULTS_ROOT/$name"
  trx="$results_dir/$name.trx"
  rm -rf "$results_dir"

  stage_begin "$name"
  log "Testing $name"
  rc=0
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results_dir" "$@" || rc=$?

  if [ ! -f "$trx" ]; then
    total_failed=$((total_failed + 1))
    problems+=("$name: no results ($trx missing; dotnet test exited $rc): the test run crashed")
    continue
  fi

  total=$(trx_counter "$trx" total)
  passed=$(trx_counter "$trx" passed)
  failed=$(( $(trx_counter "$trx" failed) + $(trx_counter "$trx" error) \
    + $(trx_counter "$trx" timeout) + $(trx_counter "$trx" aborted) ))
  skipped=$(( total - passed - failed ))
  [ "$skipped" -ge 0 ] || skipped=0

  if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then
    # Non-zero exit without a failed test: the test host crashed or the run aborted.
    failed=1
    problems+=("$name: dotnet test exited $rc without a failed test: the run crashed or aborted")
  elif [ "$failed" != 0 ]; then
    problems+=("$name: $failed failed (details above and in $trx)")
  fi

  printf '%s: %s passed, %s failed, %s skipped\n' "$name" "$passed" "$failed" "$skipped"
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
done

stage_end
log "Stage times"
print_stage_table

log "Summary"
if [ "${#problems[@]}" -gt 0 ]; then
  printf '%s\n' "${problems[@]}"
fi
if [ "$total_passed" = 0 ] && [ "$total_failed" = 0 ]; then
  printf 'No test passed: a run that tests nothing does not count as green.\n'
fi

summary="$total_passed passed, $total_failed failed"
if [ "$total_skipped" -gt 0 ]; then
  summary="$summary, $total_skipped skipped"
fi
summary_printed=1
printf '%s\n' "$summary"

[ "$total_failed" = 0 ] && [ "$total_passed" -gt 0 ]
