#!/usr/bin/env bash
# Installs every build and test dependency of gongwen from Debian 12 packages.
# Idempotent and non-interactive: packages already present are left alone, so a
# second run costs one dpkg query. Must run as root (or through sudo).
#
#   tools/install-deps.sh           build and test dependencies
#   tools/install-deps.sh --bench   the same plus the benchmark tools (bench/run.sh)
#   tools/install-deps.sh --cluster the same plus Slurm and MUNGE (tools/slurm-test.sh)
set -euo pipefail

bench=0
cluster=0
for arg in "$@"; do
  case "$arg" in
    --bench) bench=1 ;;
    --cluster) cluster=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "install-deps: unknown option: $arg (known: --bench, --cluster)" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake pkg-config git python3
  liblua5.4-dev lua5.4
  libboost-dev
  libicu-dev
  libspdlog-dev libfmt-dev
  catch2
  nlohmann-json3-dev
  libcli11-dev
  libsqlite3-dev sqlite3
  libedit-dev
  libpcre2-dev
  libxml2-dev libssl-dev
  libzip-dev libpoppler-cpp-dev antiword
  libxlsxwriter-dev
  libopencc-dev opencc
  libmimalloc-dev
  libbenchmark-dev
  tmux
  chromium
)

# Only bench/run.sh needs these; pandoc alone is ~200 MB, so the default
# install (CI, bootstrap) leaves them out.
if [ "$bench" -eq 1 ]; then
  packages+=(hyperfine pandoc python3-jieba time libbenchmark-dev)
fi

# A one-node Slurm cluster for the cluster test: controller, node daemon,
# client commands and the MUNGE authentication they share.
if [ "$cluster" -eq 1 ]; then
  packages+=(slurm-wlm slurmctld slurmd slurm-client munge)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
