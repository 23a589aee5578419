#!/usr/bin/env bash
# Installs what ValueAtlas and its tests need on a fresh Debian machine. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (dotnet not on PATH)" >&2
  exit 1
fi

# Debian packages later stages need (browser, PostgreSQL, SPSS tools) are added here as their issues land.
APT_PACKAGES=(pspp readstat postgresql python3-statsmodels python3-nltk python3-pandas python3-scipy chromium fonts-nanum)
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

dotnet restore ValueAtlas.slnx -nologo -v q

# DuckDB (npm) is the independent Parquet oracle of the Formats tests. npm install, not npm ci: see STACK.md §3.13.
if ! command -v npm >/dev/null 2>&1; then
  echo "setup: node and npm are required for the DuckDB Parquet oracle (tools/duckdb-oracle)" >&2
  exit 1
fi
if [ ! -d tools/duckdb-oracle/node_modules ]; then
  (cd tools/duckdb-oracle && npm install --no-audit --no-fund)
fi
