#!/usr/bin/env bash
# A real test of gongwen on Slurm: a one-node cluster on this machine (MUNGE,
# slurmctld and slurmd started here without systemd, state in a temporary
# folder), a job over the corpus replicated ×20 submitted as a 4-task array
# with `gongwen slurm --submit`, merged by the dependent step and compared with
# the single-machine run; then one task cancelled midway (scancel) must leave
# no part, the merge must refuse, and that task resubmitted alone plus the
# merge must give the same result. Every daemon started is stopped on exit.
#
#   tools/slurm-test.sh [GONGWEN]     (root; installs slurm-wlm and munge
#                                      through tools/install-deps.sh --cluster)
# Exit 0 passed, 1 failed, 77 skipped (not root, packages cannot be installed,
# or the daemons cannot run on this machine; the reason is printed).
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
gongwen=$(realpath "${1:-${GONGWEN:-$here/build/bin/gongwen}}")
corpus=${CORPUS_DIR:-$here/../shared/corpus}
skip() { echo "slurm-test: skipped: $*"; exit 77; }
fail() { echo "slurm-test: FAIL: $*"; [ -n "${T:-}" ] && tail -n 20 "$T"/*.log 2>/dev/null; exit 1; }
ok() { echo "ok   $*"; }

[ "$(id -u)" -eq 0 ] || skip "needs root (daemons, packages)"
[ -x "$gongwen" ] || fail "no gongwen binary at $gongwen"
# Without ../shared (a bare clone), the samples and the 公文 dev set stand in for the corpus.
if [ ! -d "$corpus" ]; then
  corpus=$(mktemp -d /tmp/gongwen-slurm-corpus.XXXXXX)
  cp "$here"/samples/docs/*.txt "$here"/tests/devset/gongwen/*.txt "$here"/tests/devset/gongwen/*.md "$corpus/"
fi
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
  "$here/tools/install-deps.sh" --cluster >/tmp/gongwen-slurm-install.log 2>&1 ||
    skip "slurm-wlm and munge could not be installed (see /tmp/gongwen-slurm-install.log)"
fi

T=$(mktemp -d /tmp/gongwen-slurm.XXXXXX)
chmod 700 "$T"
pids=()
cleanup() {
  # scancel first so that no task outlives the test, then the daemons.
  [ -f "$T/slurm.conf" ] && SLURM_CONF="$T/slurm.conf" scancel --quiet --user=root 2>/dev/null
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  sleep 1
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  [ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT

# Two free ports, taken together so that they differ.
read -r ctld_port slurmd_port < <(python3 -c '
import socket
a, b = socket.socket(), socket.socket()
a.bind(("127.0.0.1", 0)); b.bind(("127.0.0.1", 0))
print(a.getsockname()[1], b.getsockname()[1])')

# MUNGE with its own key and socket (the packaged service is not used).
mkdir -p "$T/munge" "$T/state" "$T/spool"
chmod 700 "$T/munge"
head -c 1024 /dev/urandom >"$T/munge/munge.key"
chmod 400 "$T/munge/munge.key"
munged --force --key-file="$T/munge/munge.key" --socket="$T/munge/munge.socket" \
  --pid-file="$T/munge/munged.pid" --log-file="$T/munged.log" --seed-file="$T/munge/seed" --foreground &
pids+=($!)
for _ in $(seq 50); do [ -S "$T/munge/munge.socket" ] && break; sleep 0.1; done
# A machine that cannot run the daemons (no local sockets, a sandbox) is not a
# defect of gongwen: skipped, with the daemon's own words.
[ -S "$T/munge/munge.socket" ] || skip "munged did not start: $(tail -n 3 "$T/munged.log" 2>/dev/null)"

node=$(hostname -s)
cpus=$(nproc)
cat >"$T/slurm.conf" <<EOF
ClusterName=gongwentest
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$T/munge/munge.socket
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/slurmctld.log
SlurmdLogFile=$T/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
KillWait=5
MinJobAge=2
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$T/slurm.conf"
slurmctld -D -c -i >"$T/slurmctld.out.log" 2>&1 &
pids+=($!)
slurmd -D -N "$node" >"$T/slurmd.out.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  sinfo -h -o '%T' 2>/dev/null | grep -q idle && break
  sleep 0.2
done
sinfo -h -o '%T' 2>/dev/null | grep -q idle ||
  skip "the local cluster did not come up: $(sinfo 2>&1 | tail -n 2) $(tail -n 3 "$T"/slurm*.log 2>/dev/null)"
ok "one-node cluster up: $node, $cpus CPUs (slurmctld, slurmd, munged)"

# The job: the corpus replicated ×20, into JSON Lines and SQLite.
mkdir -p "$T/data"
for i in $(seq -w 1 20); do
  mkdir -p "$T/data/copy$i"
  cp "$corpus"/*.txt "$corpus"/*.md "$T/data/copy$i/"
done
cat >"$T/job.lua" <<EOF
return {
  name = "cluster",
  inputs = { "data/*/*.txt", "data/*/*.md" },
  outputs = { "out/all.jsonl", "out/all.sqlite" },
  threads = 1,
}
EOF
cd "$T" || fail "no $T"
"$gongwen" run job.lua --threads 2 -o single/all.jsonl -o single/all.sqlite 2>"$T/single.log"
rc=$?
[ "$rc" -le 1 ] || fail "single-machine run exit $rc"
ok "single-machine run: $(tail -n 1 "$T/single.log" | cut -c1-80)"

wait_idle() {  # every job of ours finished (a squeue that fails on a busy machine is asked again)
  for _ in $(seq 600); do
    if q=$(squeue -h -o %i 2>/dev/null); then
      [ -z "$q" ] && return 0
    fi
    sleep 0.5
  done
  fail "jobs still queued after 300 s: $(squeue 2>&1)"
}
same_as_single() {  # $1: what
  cmp -s single/all.jsonl out/all.jsonl || fail "$1: merged JSON Lines differ from the single run"
  python3 - "$T" <<'PY' || fail "$1: merged SQLite differs from the single run"
import sqlite3, sys
def rows(p):
    db = sqlite3.connect(p)
    t = ["documents", "fields", "sections", "entities", "diagnostics", "scores", "refs", "doc_keys"]
    return {x: sorted(db.execute(f"select * from {x}").fetchall(), key=repr) for x in t}
a, b = rows(sys.argv[1] + "/single/all.sqlite"), rows(sys.argv[1] + "/out/all.sqlite")
sys.exit(0 if a == b else 1)
PY
  "$gongwen" verify out/all.jsonl.manifest.json >/dev/null || fail "$1: gongwen verify refuses the merged output"
  ok "$1: merged JSON Lines byte for byte the single run's, SQLite tables equal, verify ok"
}

# 1. The whole path: gongwen slurm --submit (array + dependent merge).
"$gongwen" slurm job.lua --shards 4 --time 10:00 -o "$T/job.sbatch" || fail "gongwen slurm could not write the script"
bash -n "$T/job.sbatch" || fail "the generated script is not valid shell"
t0=$(date +%s.%N)
ids=$(sh "$T/job.sbatch" --submit) || fail "submission failed: $ids"
ok "submitted: $ids"
wait_idle
t1=$(date +%s.%N)
for k in 1 2 3 4; do
  [ -f "out/all.jsonl.shards/part-$k-of-4.jsonl.manifest.json" ] || fail "task $k left no manifest: $(cat out/all.jsonl.shards/slurm-*_$k.log 2>/dev/null | tail -3)"
done
ok "4 array tasks finished, each with its manifest"
# The figures the closing note asks for: wall time, per-shard and merge times.
python3 - "$T" "$t0" "$t1" <<'PY'
import json, sys
t = sys.argv[1]
for k in range(1, 5):
    m = json.load(open(f"{t}/out/all.jsonl.shards/part-{k}-of-4.jsonl.manifest.json"))
    c = m["counts"]
    print(f"     shard {k}/4: {c['inputs']} inputs, {c['records']} records, {c['bytes'] / 1e6:.1f} MB, {m['timings']['seconds']:.2f} s")
print(f"     submit to all done (array + merge, both outputs): {float(sys.argv[3]) - float(sys.argv[2]):.1f} s wall")
PY
for f in jsonl sqlite; do
  s0=$(date +%s.%N)
  "$gongwen" merge "$T/again.$f" out/all.$f.shards/part-*-of-4.$f 2>/dev/null || fail "merge of the $f parts failed"
  echo "     merge of the 4 $f parts: $(python3 -c "print(f'{$(date +%s.%N) - $s0:.2f}')") s"
done
same_as_single "array + merge step"

# 2. One task cancelled midway leaves no half output; resubmitted alone, the merge is the same.
rm -rf out
mkdir -p out/all.jsonl.shards out/all.sqlite.shards
array=$(sbatch --parsable --array=1-4 "$T/job.sbatch") || fail "sbatch --array failed"
array=${array%%;*}
cancelled=""
for _ in $(seq 2000); do  # cancel task 2 while it writes (its temporary output exists)
  if ls out/all.jsonl.shards/part-2-of-4.jsonl.tmp.* >/dev/null 2>&1; then
    scancel "${array}_2" && cancelled=yes
    break
  fi
  sleep 0.02
done
[ -n "$cancelled" ] || fail "task 2 was never seen writing (or scancel failed)"
wait_idle
# The rule: no manifest, so nothing of task 2 can be merged. (A cancel that
# lands between the outputs' rename and the manifest leaves a part without
# one, which the merge refuses as unfinished.)
ls out/*.shards/part-2-of-4.*manifest.json >/dev/null 2>&1 && fail "the cancelled task left a manifest"
ls out/*.shards/part-2-of-4.*.tmp.* >/dev/null 2>&1 && fail "the cancelled task left temporary files: $(ls out/*.shards/part-2-of-4.*)"
ok "task 2 cancelled midway: no manifest, no temporary file$( [ -e out/all.jsonl.shards/part-2-of-4.jsonl ] || echo ', no part')"
if "$gongwen" merge out/all.jsonl out/all.jsonl.shards/part-*-of-4.jsonl 2>"$T/merge-refused.log"; then
  fail "merge accepted 3 of 4 shards"
fi
grep -q "missing shard(s): 2/4\|part-2-of-4.jsonl: no manifest beside it" "$T/merge-refused.log" ||
  fail "merge refused without naming shard 2/4: $(cat "$T/merge-refused.log")"
ok "merge without task 2 refused: $(cut -c1-70 "$T/merge-refused.log")"
sbatch --parsable --array=2 "$T/job.sbatch" >/dev/null || fail "resubmitting task 2 failed"
wait_idle
sbatch --parsable "$T/job.sbatch" >/dev/null || fail "submitting the merge failed"
wait_idle
same_as_single "task 2 resubmitted alone, then merged"
echo "slurm-test: passed"
