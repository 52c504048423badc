#!/usr/bin/env bash
# scripts/slurm-extract.sh on a one-node Slurm started here, on loopback, in a temporary folder:
# the graph equals one `trame extract`, a failing map task cancels every job after it, and every
# daemon started is stopped at the end. Skips (77) when Slurm or munge is not installed or when
# not run as root (the daemons run as the user that starts them, and Slurm wants root here).
#
#   TRAME=build/trame tests/slurm.sh SOURCE_DIR
set -euo pipefail
source_dir=$(realpath "${1:?usage: tests/slurm.sh SOURCE_DIR}")
trame=$(realpath "${TRAME:?set TRAME to the trame program}")
for program in munged slurmctld slurmd sbatch squeue scontrol sinfo; do
    command -v "$program" >/dev/null || PATH=$PATH:/usr/sbin
    command -v "$program" >/dev/null || { echo "skipped: $program is not installed (slurm-wlm, munge)"; exit 77; }
done
[ "$(id -u)" -eq 0 ] || { echo "skipped: a one-node Slurm needs root here"; exit 77; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/trame-slurm-XXXXXX")
chmod 755 "$dir"
stop() {
    for pidfile in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munged.pid"; do
        [ -s "$pidfile" ] || continue
        pid=$(cat "$pidfile")
        kill "$pid" 2>/dev/null || continue
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$dir"
}
trap stop EXIT

# munge, with a key made for this run
head -c 1024 /dev/urandom >"$dir/munge.key"
chmod 400 "$dir/munge.key"
munged --force --socket="$dir/munge.sock" --key-file="$dir/munge.key" --pid-file="$dir/munged.pid" \
    --log-file="$dir/munged.log" --seed-file="$dir/munge.seed"

# free ports for the controller and the node
read -r ctld_port slurmd_port < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
mkdir -p "$dir/state" "$dir/spool"
memory=$(awk '/MemTotal/ { print int($2 / 1024 / 2) }' /proc/meminfo)
cat >"$dir/slurm.conf" <<CONF
ClusterName=trametest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge.sock
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerParameters=batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MinJobAge=600
NodeName=n1 NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$memory
PartitionName=local Nodes=n1 Default=YES State=UP
CONF
export SLURM_CONF=$dir/slurm.conf
slurmctld -i -f "$dir/slurm.conf"
slurmd -f "$dir/slurm.conf" -N n1
for _ in $(seq 1 100); do
    sinfo -h -o %T 2>/dev/null | grep -q idle && break
    sleep 0.2
done
sinfo -h -o %T | grep -q idle || { echo "the Slurm node did not come up:" >&2; tail "$dir"/slurm*.log >&2; exit 1; }

# the graph of the sample corpus, over 3 tasks, equals one run
"$trame" extract -q -f nquads -o "$dir/one.nq" "$source_dir/examples/corpus"
LC_ALL=C sort -u "$dir/one.nq" >"$dir/expected.nq"
TRAME=$trame "$source_dir/scripts/slurm-extract.sh" --tasks 3 --wait "$dir/run" "$dir/sharded.nq" "$source_dir/examples/corpus"
cmp "$dir/expected.nq" "$dir/sharded.nq"
echo "3 tasks: the graph of one run ($(wc -l <"$dir/expected.nq") quads)"

# a map task that fails (its part cannot be written) cancels reconcile, finalize and the union
mkdir -p "$dir/failing/part-2.jsonl"
if ids=$(TRAME=$trame "$source_dir/scripts/slurm-extract.sh" --tasks 3 --wait "$dir/failing" "$dir/failed.nq" \
    "$source_dir/examples/corpus" 2>"$dir/failing.err"); then
    echo "a run with a failing map task succeeded" >&2
    exit 1
fi
ids=$(sed -n 's/^map .* reconcile \([0-9]*\) .*/\1/p' <<<"$ids")
state=$(scontrol show job "$ids" | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')
[ "$state" = CANCELLED ] || { echo "reconcile should be cancelled, is ${state:-unknown}" >&2; exit 1; }
[ ! -e "$dir/failed.nq" ] || { echo "a failed run wrote its output" >&2; exit 1; }
echo "a failing map task: reconcile $state, no output"
