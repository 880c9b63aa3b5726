#!/usr/bin/env bash
# Adds an EF Core migration with the same name to both providers' migrations projects.
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?Usage: scripts/add-migration.sh NameOfChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project "src/Harbour.Migrations.$provider" \
    --startup-project "src/Harbour.Migrations.$provider" \
    --output-dir Migrations
done
