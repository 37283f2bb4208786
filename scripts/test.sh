#!/usr/bin/env bash
# Runs every test project of the solution and prints one closing line "N passed, N failed".
# On a fresh Debian machine it first installs what the tests need (run as root): PostgreSQL for the
# persistence suite and Chromium for the browser tests. A throwaway PostgreSQL server is started on
# 127.0.0.1 for the run and stopped afterwards.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# Debian packages the tests use. apt-get runs only when one of them is missing.
need=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if ((${#need[@]} > 0)); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "Missing packages: ${need[*]}. Run this script as root or install them with apt-get." >&2
    exit 2
  fi
  echo "Installing ${need[*]} ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK 10 is missing: install it (dotnet-sdk-10.0) and run again." >&2
  exit 2
fi

# A throwaway PostgreSQL server for the persistence tests; the trap stops it whatever happens.
if [[ -x scripts/postgres.sh ]]; then
  pg_env=$(mktemp)
  scripts/postgres.sh start >"$pg_env"
  # shellcheck disable=SC1090
  source "$pg_env"
  trap 'scripts/postgres.sh stop "${OPENPREPAID_PG_DATA:-}" >/dev/null 2>&1 || true; rm -f "$pg_env"' EXIT
fi

results=$(mktemp -d)
dotnet restore OpenPrepaid.slnx --nologo -v quiet
dotnet build OpenPrepaid.slnx --no-restore --nologo -v quiet -clp:ErrorsOnly

status=0
dotnet test OpenPrepaid.slnx --no-build --nologo --logger "trx" --results-directory "$results" -v quiet || status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [[ -e "$trx" ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
rm -rf "$results"

if ((passed == 0 && failed == 0)); then
  echo "No test results were found; the test run failed before any test ran." >&2
  status=1
fi

echo "$passed passed, $failed failed"
if ((failed > 0)); then
  status=1
fi
exit "$status"
