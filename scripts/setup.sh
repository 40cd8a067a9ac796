#!/usr/bin/env bash
# Installs what the app needs on Debian/Ubuntu: system libraries for Qt, a virtual environment and
# the pinned Python packages. Safe to run again: it only does what is missing.
# Usage: scripts/setup.sh [runtime|dev]
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-runtime}"

system_packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
                 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
                 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxrender1 libxi6)
if [ "$mode" = dev ]; then
  system_packages+=(poppler-utils binutils)  # binutils: objdump, which PyInstaller needs on Linux
fi
if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for pkg in "${system_packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "安装系统依赖：${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# The Windows build ships Python 3.12, so development and tests run on 3.12 where the machine has it
# (on PATH, or installed by pyenv), and on the default python3 where that is all there is.
pick_python() {
  if [ -n "${PYTHON:-}" ]; then echo "$PYTHON"; return; fi
  local candidates=(python3.12)
  if [ -n "${PYENV_ROOT:-}" ] || [ -d "$HOME/.pyenv" ]; then
    candidates+=("${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12*/bin/python3.12)
  fi
  candidates+=(/usr/bin/python3.12 /usr/local/bin/python3.12)
  for candidate in "${candidates[@]}"; do
    if "$candidate" -c 'import sys, venv; assert sys.version_info[:2] == (3, 12)' >/dev/null 2>&1; then
      echo "$candidate"; return
    fi
  done
  echo python3
}
python_bin="$(pick_python)"
wanted_version="$("$python_bin" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$wanted_version" != 3.12 ]; then
  echo "提示：没有找到 Python 3.12（Windows 版用的就是它），改用 Python $wanted_version。" \
       "PySide6 6.12 在 3.12 以下需要 ui/shell/pyside_guard.py 才能稳定运行；装上 python3.12 后重新运行即可切换。" >&2
fi
if [ -x .venv/bin/python ]; then
  have_version="$(.venv/bin/python -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo none)"
  if [ "$have_version" != "$wanted_version" ]; then
    echo "虚拟环境使用 Python $have_version，改用 Python $wanted_version 重新创建…"
    rm -rf .venv
  fi
fi
if [ ! -x .venv/bin/python ]; then
  if ! "$python_bin" -m venv .venv >/dev/null 2>&1; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-venv >/dev/null
    rm -rf .venv
    "$python_bin" -m venv .venv
  fi
fi

requirements=requirements.txt
[ "$mode" = dev ] && requirements=requirements-dev.txt
stamp=".venv/.installed-$mode"
wanted="$(cat requirements.txt "$requirements" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "安装 Python 依赖（$requirements）…"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$requirements"
  echo "$wanted" > "$stamp"
fi
