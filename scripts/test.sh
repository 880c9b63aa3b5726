#!/usr/bin/env bash
# Runs every Harbour test suite. Installs what the tests need when it is missing (Debian's chromium for the
# browser tests, PostgreSQL for the real-database tests; via apt when run as root), starts a throwaway
# PostgreSQL cluster on loopback for this run only, and removes it afterwards.
#
# Usage: ./scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Contrast]
# With CI=true, a test that needs Chromium or PostgreSQL fails instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\n==> %s\n' "$*"; }
warn() { printf '\n*** WARNING: %s\n' "$*" >&2; }

find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

chromium_path=${HARBOUR_CHROMIUM:-/usr/bin/chromium}

# --- 1. Install what is missing -----------------------------------------------------------------------------
missing=()
[ -x "$chromium_path" ] || missing+=(chromium)
find_pg_bin >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    log "Installing ${missing[*]} with apt"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    warn "missing ${missing[*]} and cannot install (not root, or no apt). Tests that need them will be SKIPPED locally and FAIL on CI."
  fi
fi

# --- 2. A throwaway PostgreSQL cluster for this run ---------------------------------------------------------
pg_dir=""
pg_bin=""
cleanup() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT

as_pg() {
  # PostgreSQL refuses to run as root.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if pg_bin=$(find_pg_bin); then
  pg_dir=$(mktemp -d /tmp/harbour-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  pg_port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
  log "Starting a throwaway PostgreSQL on 127.0.0.1:$pg_port"
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U harbour >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" -l "$pg_dir/log" start >/dev/null
  export HARBOUR_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=harbour;Database=postgres"
else
  warn "PostgreSQL is not installed: PostgreSQL tests will be SKIPPED locally and FAIL on CI."
fi

if [ -x "$chromium_path" ]; then
  export HARBOUR_CHROMIUM="$chromium_path"
  log "Browser tests use $("$chromium_path" --version 2>/dev/null || echo "$chromium_path")"
else
  warn "Chromium is not installed: browser tests will be SKIPPED locally and FAIL on CI."
fi

# --- 3. Build once, then run every suite --------------------------------------------------------------------
log "Building"
dotnet build Harbour.slnx --configuration Release -warnaserror --nologo -v quiet

results="$root/TestResults/trx"
rm -rf "$results"
mkdir -p "$results"
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  log "Testing $name"
  dotnet test "$project" --configuration Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --logger "console;verbosity=normal" --blame-hang-timeout 5m "$@" || status=1
done

# --- 4. One summary line over every suite -------------------------------------------------------------------
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  total=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  e=$(sed -E 's/.* error="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f + e)); skipped=$((skipped + total - p - f - e))
done
if [ "$passed" -eq 0 ]; then
  status=1
fi
[ "$failed" -gt 0 ] && status=1
# CI keeps only the tail of the output, so name each failure and its message's first lines here.
if [ "$failed" -gt 0 ]; then
  echo
  echo "Failed tests:"
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    awk '
      function decode(text) {
        gsub(/&quot;/, "\"", text); gsub(/&apos;/, "\047", text); gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text); gsub(/&amp;/, "\\&", text)
        return text
      }
      /<UnitTestResult / { failing = 0; inmsg = 0 }
      /<UnitTestResult / && /outcome="Failed"/ {
        match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11)
        print "  - " decode(name); failing = 1; lines = 0
      }
      failing && /<Message>/ { inmsg = 1; sub(/.*<Message>/, "") }
      failing && inmsg {
        done = sub(/<\/Message>.*/, "")
        if (lines < 6) { print "      " decode($0) } else if (lines == 6) { print "      …" }
        lines++
        if (done) { inmsg = 0; failing = 0 }
      }
    ' "$trx"
  done
fi
echo
echo "Total: $passed passed, $failed failed, $skipped skipped"
exit $status
