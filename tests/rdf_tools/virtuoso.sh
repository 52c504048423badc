#!/bin/bash
# shellcheck disable=SC2317  # functions only the EXIT trap calls are reachable
# Loads a graph trame wrote into a real Virtuoso server and queries it over HTTP:
#   tests/rdf_tools/virtuoso.sh DATA.ttl
# DATA.ttl is Turtle (or N-Triples). The script starts a private virtuoso-t (Debian package
# virtuoso-opensource-7-bin) in a temporary directory, listening on 127.0.0.1 only, on random
# free ports; bulk-loads the file into one named graph (ld_dir + rdf_loader_run + checkpoint)
# and fails on any error recorded in DB.DBA.load_list (the loader itself says "Done" even on a
# syntax error); then asks the /sparql endpoint, with curl, for
#   - the number of rdf:Statement nodes in the graph, which must equal the number serdi counts
#     in the file;
#   - the asserted, non-negated trame:demands facts with the sentence they came from, of which
#     there must be at least one.
# It prints the timings and "virtuoso: N statements loaded in S s, M demands". The server is
# shut down and the directory removed on every exit path. Exit 0 pass, 1 fail.
# Environment: VIRTUOSO_WAIT (seconds to wait for the server to come up, default 60).
set -u -o pipefail

say() { echo "virtuoso: $*"; }
fail() { echo "virtuoso: FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

if [ $# -ne 1 ] || [ "${1:0:1}" = "-" ]; then
    echo "usage: $0 DATA.ttl" >&2
    exit 1
fi
data=$1
if [ ! -f "$data" ] || [ ! -r "$data" ]; then fail "cannot read '$data'"; fi
for tool in virtuoso-t isql-vt curl serdi timeout awk; do
    command -v "$tool" >/dev/null || fail "'$tool' not found (apt-get install virtuoso-opensource-7-bin curl serdi)"
done

graph=urn:trame:test:virtuoso
wait_up=${VIRTUOSO_WAIT:-60}
dir=
vpid=          # the virtuoso-t this script started
child=         # the bounded command running now (see bounded)
watchdog=
sql_port=
http_port=
started=       # set once the server answers

# Is $1 still the virtuoso-t this script started (and not a recycled pid)?
ours() {
    [ -n "$1" ] && [ -r "/proc/$1/cmdline" ] && [ -n "$dir" ] &&
        tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -qF "$dir/virtuoso.ini" &&
        ! grep -q '^[0-9]* (.*) Z' "/proc/$1/stat" 2>/dev/null
}

# Wait up to $2 seconds for process $1 to end; 0 if it has.
wait_gone() {
    local i
    for ((i = 0; i < $2 * 5; i++)); do
        ours "$1" || return 0
        sleep 0.2
    done
    ! ours "$1"
}

stop_server() {
    local pid=$vpid t0 how
    [ -n "$pid" ] || return 0
    vpid=
    ours "$pid" || { wait "$pid" 2>/dev/null; return 0; }
    t0=$(now)
    # Once it answers SQL, a "shutdown" statement; before that (interrupted start-up), TERM,
    # which makes virtuoso-t exit at once.
    if [ -n "$started" ]; then
        how="shutdown statement"
        timeout 10 isql-vt "127.0.0.1:$sql_port" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF \
            exec="shutdown;" </dev/null >/dev/null 2>&1
    else
        how=TERM
        kill -TERM "$pid" 2>/dev/null
    fi
    if ! wait_gone "$pid" 20; then
        how=TERM
        say "server $pid did not shut down, sending TERM"
        kill -TERM "$pid" 2>/dev/null
        if ! wait_gone "$pid" 10; then
            say "server $pid still there, sending KILL"
            how=KILL
            kill -KILL "$pid" 2>/dev/null
            wait_gone "$pid" 5
        fi
    fi
    wait "$pid" 2>/dev/null
    say "stop: $(elapsed "$t0" "$(now)") s ($how)"
}

cleanup() {
    trap '' INT TERM HUP
    [ -n "$child" ] && kill -TERM "$child" 2>/dev/null && wait "$child" 2>/dev/null
    stop_server
    [ -n "$watchdog" ] && kill "$watchdog" 2>/dev/null && wait "$watchdog" 2>/dev/null
    [ -n "$dir" ] && rm -rf "$dir"
}
trap cleanup EXIT
trap 'echo "virtuoso: interrupted" >&2; exit 1' INT TERM HUP

# bounded SECONDS OUT CMD...: runs CMD under timeout with its output in OUT, in the background
# so that a signal to this script is handled at once. Returns CMD's status (124 on timeout).
bounded() {
    local secs=$1 out=$2 rc
    shift 2
    timeout "$secs" "$@" </dev/null >"$out" 2>&1 &
    child=$!
    wait "$child"
    rc=$?
    child=
    return $rc
}

# sql SECONDS STATEMENTS: runs SQL through isql; its output goes to $dir/isql.out. isql exits 0
# even when a statement fails, so an "*** Error" line counts as a failure.
sql() {
    local rc
    bounded "$1" "$dir/isql.out" isql-vt "127.0.0.1:$sql_port" dba dba \
        VERBOSE=OFF BANNER=OFF PROMPT=OFF ERRORS=STDOUT exec="$2"
    rc=$?
    [ $rc -eq 124 ] && { echo "(isql timed out after $1 s)" >>"$dir/isql.out"; return 1; }
    [ $rc -eq 0 ] && ! grep -q '^\*\*\* Error' "$dir/isql.out"
}

# sparql NAME QUERY: GET /sparql with Accept: text/csv; the answer goes to $dir/NAME.csv.
sparql() {
    bounded 35 "$dir/$1.err" curl -sS --fail-with-body --max-time 30 --noproxy '*' \
        -o "$dir/$1.csv" -G "http://127.0.0.1:$http_port/sparql" \
        -H 'Accept: text/csv' --data-urlencode "query=$2" ||
        fail "query '$1' failed: $(cat "$dir/$1.err" "$dir/$1.csv" 2>/dev/null | head -c 2000)"
}

# Number of records after the header in a CSV file (RFC 4180: quoted fields may hold newlines;
# a record ends at a newline only when the quotes seen so far are balanced).
csv_rows() {
    awk '{ q += gsub(/"/, "&"); if (q % 2 == 0) { n++; q = 0 } } END { print (n > 0 ? n - 1 : 0) }' "$1"
}

port_free() {  # nothing accepts connections on 127.0.0.1:$1
    ! timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

random_port() {  # below Linux's ephemeral range (32768-60999), so no client socket holds it
    local p
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        p=$((20000 + RANDOM % 12000))
        port_free "$p" && { echo "$p"; return 0; }
    done
    return 1
}

write_ini() {
    cat >"$dir/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $dir/virtuoso.db
ErrorLogFile       = $dir/virtuoso.log
LockFile           = $dir/virtuoso.lck
TransactionFile    = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/virtuoso-temp.db
TransactionFile    = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:$sql_port
DisableUnixSocket  = 1
DirsAllowed        = ., $dir
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
CheckpointInterval = 0
ServerThreads      = 8
ThreadCleanupInterval = 0
ResourcesCleanupInterval = 0

[HTTPServer]
ServerPort         = 127.0.0.1:$http_port
ServerRoot         = $dir
ServerThreads      = 4
MaxClientConnections = 4
EnabledDavVSP      = 0

[SPARQL]
ResultSetMaxRows   = 100000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 0
EOF
}

# ---- start --------------------------------------------------------------------------------
dir=$(mktemp -d "${TMPDIR:-/tmp}/trame-virtuoso.XXXXXX") || fail "mktemp failed"
case $dir in *[!A-Za-z0-9/._-]*) fail "temporary directory '$dir' has characters the SQL and ini files cannot hold" ;; esac
mkdir "$dir/data"
cp "$data" "$dir/data/data.ttl" || fail "cannot copy '$data'"

# If this script is killed with SIGKILL (no trap runs), the watchdog stops the server and
# removes the directory. It holds none of this script's output descriptors, so it never keeps
# a pipe open.
(
    trap '' INT HUP
    trap 'exit 0' TERM
    parent=$$
    for ((i = 0; i < 7200; i++)); do      # at most 2 hours
        kill -0 "$parent" 2>/dev/null || break
        sleep 1 & wait $!
    done
    if [ -s "$dir/virtuoso.pid" ]; then
        p=$(cat "$dir/virtuoso.pid")
        tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | grep -qF "$dir/virtuoso.ini" && kill -KILL "$p"
        sleep 1
    fi
    rm -rf "$dir"
) </dev/null >/dev/null 2>&1 &
watchdog=$!

t_start=$(now)
for attempt in 1 2 3 4 5; do
    sql_port=$(random_port) || continue
    http_port=$(random_port) || continue
    [ "$sql_port" != "$http_port" ] || continue
    rm -f "$dir"/virtuoso*.db "$dir"/virtuoso*.trx "$dir"/virtuoso.{log,lck,pxa,pid} "$dir/server.out"
    write_ini
    (cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini") \
        </dev/null >"$dir/server.out" 2>&1 &
    vpid=$!
    echo "$vpid" >"$dir/virtuoso.pid"
    # Ready when this server's log says both listeners are up (so isql cannot be talking to
    # some other server that took the port meanwhile) and isql answers.
    deadline=$(( $(date +%s) + wait_up ))
    state=waiting
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if ! ours "$vpid"; then state=died; break; fi
        if grep -q "Server online at 127.0.0.1:$sql_port (pid $vpid)" "$dir/server.out" 2>/dev/null &&
            grep -q "HTTP server online at 127.0.0.1:$http_port" "$dir/server.out" 2>/dev/null &&
            sql 10 "status('');"; then
            state=up
            break
        fi
        sleep 0.3
    done
    if [ $state = up ]; then started=1; break; fi
    if [ $state = died ]; then
        wait "$vpid" 2>/dev/null
        vpid=
        if grep -qiE 'address already in use|failed to start listening|failed http listen' "$dir/server.out"; then
            say "ports $sql_port/$http_port taken (attempt $attempt), retrying"
            continue
        fi
        fail "virtuoso-t exited during start-up:
$(tail -n 20 "$dir/server.out")"
    fi
    fail "virtuoso-t not ready after $wait_up s:
$(tail -n 20 "$dir/server.out")"
done
[ -n "$started" ] || fail "could not start virtuoso-t on free loopback ports after 5 attempts:
$(tail -n 20 "$dir/server.out" 2>/dev/null)"
t_up=$(now)
say "start: $(elapsed "$t_start" "$t_up") s (pid $vpid, SQL 127.0.0.1:$sql_port, HTTP 127.0.0.1:$http_port)"

# ---- load ---------------------------------------------------------------------------------
sql 600 "ld_dir('$dir/data', 'data.ttl', '$graph'); rdf_loader_run(); checkpoint;" ||
    fail "bulk load failed:
$(head -c 2000 "$dir/isql.out")"
sql 30 "SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_error IS NOT NULL OR ll_state <> 2;" ||
    fail "cannot read DB.DBA.load_list: $(head -c 2000 "$dir/isql.out")"
bad=$(tr -d ' \r\n' <"$dir/isql.out")
if [ "$bad" != 0 ]; then
    sql 30 "SELECT ll_file, ll_state, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL OR ll_state <> 2;"
    errors=$(head -c 2000 "$dir/isql.out")
    fail "the loader did not load '$data' ($bad file(s) in error in DB.DBA.load_list):
${errors//"$dir/data/data.ttl"/"$data"}"
fi
if ! sql 30 "SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_state = 2 AND ll_error IS NULL;" ||
    [ "$(tr -d ' \r\n' <"$dir/isql.out")" != 1 ]; then
    fail "DB.DBA.load_list does not list the file as loaded: $(head -c 2000 "$dir/isql.out")"
fi
t_loaded=$(now)
say "load: $(elapsed "$t_up" "$t_loaded") s (ld_dir + rdf_loader_run + checkpoint, load_list clean)"

# ---- query --------------------------------------------------------------------------------
prefixes='PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX trame: <https://w3id.org/trame/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>'

sparql count "$prefixes
SELECT (COUNT(DISTINCT ?st) AS ?statements) (COUNT(?p) AS ?triples) FROM <$graph> WHERE {
  { ?st a rdf:Statement } UNION { ?s ?p ?o }
}"
IFS=, read -r statements triples < <(sed -n 2p "$dir/count.csv" | tr -d '"\r')
case "${statements:-x}${triples:-x}" in *[!0-9]*) fail "unexpected count answer: $(head -c 500 "$dir/count.csv")" ;; esac
[ "$triples" -gt 0 ] || fail "the graph <$graph> is empty after the load"

# The contract query: asserted, non-negated demands with the sentence they come from.
sparql demands "$prefixes
SELECT ?who ?what ?sentence FROM <$graph> WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate trame:demands ; rdf:object ?what ;
      trame:negated false ; trame:modality \"asserted\" ; prov:wasDerivedFrom ?sent .
  ?sent a nif:Sentence ; nif:anchorOf ?sentence .
  OPTIONAL { ?s rdfs:label ?who }
} ORDER BY ?st"
demands=$(csv_rows "$dir/demands.csv")
t_queried=$(now)
say "query: $(elapsed "$t_loaded" "$t_queried") s (2 SPARQL queries over HTTP)"

# ---- checks -------------------------------------------------------------------------------
# rdf:Statement subjects in the file, counted by another parser.
serdi -i turtle -o ntriples "$data" >"$dir/data.nt" 2>"$dir/serdi.err" ||
    fail "serdi cannot read '$data': $(head -c 1000 "$dir/serdi.err")"
expected=$(grep -F '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>' "$dir/data.nt" | sort -u | wc -l)
file_triples=$(sort -u "$dir/data.nt" | wc -l)

say "graph <$graph>: $triples triples (file: $file_triples distinct), $statements rdf:Statement nodes (file: $expected)"
say "demands (asserted, not negated), $demands row(s):"
tail -n +2 "$dir/demands.csv" | head -n 10 | cut -c 1-160 | sed 's/^/    /'
[ "$demands" -le 10 ] || echo "    …"

[ "$statements" -eq "$expected" ] ||
    fail "Virtuoso holds $statements rdf:Statement nodes, serdi counts $expected in '$data'"
[ "$demands" -ge 1 ] || fail "no asserted, non-negated trame:demands fact with its sentence"

say "$statements statements loaded in $(elapsed "$t_up" "$t_loaded") s, $demands demands"
exit 0
