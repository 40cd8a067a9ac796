#!/usr/bin/env bash
# Starts 教育整顿工作台. On first run it installs what it needs and creates a demo database.
# Extra arguments go to main.py (e.g. ./run.sh --db other.db).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh runtime
.venv/bin/python main.py "$@" demo --if-missing
exec .venv/bin/python main.py "$@"
