#!/usr/bin/env bash
# Builds the one-folder program dist/jiaozheng/ (jiaozheng = the window, jiaozheng-console = the command line)
# and runs the smoke test on it. Installs what it needs first (scripts/setup.sh dev).
# Usage: tools/build.sh [--no-smoke]
# JZ_PYTHON=/path/to/python uses that interpreter (with PyInstaller installed) and skips the set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${JZ_PYTHON:-}" ]; then
  python="$JZ_PYTHON"
else
  scripts/setup.sh dev
  python=.venv/bin/python
fi
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
built=$(date +%s)
echo "构建完成：dist/jiaozheng/（$(du -sm dist/jiaozheng | cut -f1) MB，用时 $((built - started)) 秒）"
if [ "${1:-}" != "--no-smoke" ]; then
  "$python" tools/smoke_bundle.py dist/jiaozheng
fi
