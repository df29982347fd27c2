#!/usr/bin/env bash
# Adds an EF Core migration NAME to both providers' migration sets (SQLite and PostgreSQL), so a feature that
# adds or changes tables (an IEntityTypeConfiguration<> in src/Host) ships its schema for both databases.
#
#   scripts/add-migration.sh AddTasks
#
# Installs the dotnet-ef tool (10.0.15) into ~/.cache/labflow-tools when it is not on PATH. Nothing connects to a database.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

name=${1:-}
if [ -z "$name" ] || [ "$#" -ne 1 ]; then
  echo "usage: scripts/add-migration.sh NAME   (NAME in PascalCase, e.g. AddTasks)" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

ef_version=10.0.15
tools_dir="${XDG_CACHE_HOME:-$HOME/.cache}/labflow-tools"
if command -v dotnet-ef >/dev/null 2>&1; then
  ef=dotnet-ef
else
  ef="$tools_dir/dotnet-ef"
  if [ ! -x "$ef" ]; then
    dotnet tool install --tool-path "$tools_dir" dotnet-ef --version "$ef_version"
  fi
fi

project=src/Host/LabFlow.Host.csproj
migrations=Infrastructure/Persistence/Migrations

dotnet build "$project" -c Debug -nologo -v quiet

for provider in Sqlite PostgreSql; do
  echo "==> $provider: adding migration $name"
  "$ef" migrations add "$name" \
    --project "$project" --startup-project "$project" --no-build \
    --context "${provider}LabFlowDbContext" \
    --output-dir "$migrations/$provider"
done

echo "Added $name for SQLite and PostgreSQL under src/Host/$migrations/. Build and run the persistence tests."
