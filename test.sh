#!/usr/bin/env bash
# Runs the whole test suite (installing what it needs first). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh dev
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q "$@"
