#!/usr/bin/env bash
# The entry of both README commands (`npm start`, `npm test`): installs what a fresh clone lacks, then
# hands over to tools/cli.ts. Needs only Node 20 and npm; everything else is provisioned on the way.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[duban] %s\n' "$*" >&2; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  say "需要 Node.js 20 或更高版本（当前：$(node -v 2>/dev/null || echo 未安装)）"
  exit 1
fi

# npm ci when there is no node_modules, or when the lock file changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "安装 npm 依赖（npm ci）…"
  started=$(date +%s)
  npm ci --no-audit --no-fund --loglevel=error
  say "npm 依赖安装完成（$(( $(date +%s) - started ))s）"
fi

exec node node_modules/tsx/dist/cli.mjs tools/cli.ts "$@"
