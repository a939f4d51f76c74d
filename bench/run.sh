#!/bin/sh
# The whole benchmark in one command, on a machine with JDK 17, Maven and Debian's wrk:
#
#   bench/run.sh [-Dbench.only=booking ...]
#
# builds Amtsplan, starts it as `mvn -Prun package` does (embedded MariaDB on 3307, demo data,
# Payara Micro on 8080, the public side's limits raised for one load-generating address), waits
# until it is ready, runs bench/ (wrk for the load, see README "Benchmark"), which rewrites
# docs/benchmarks.md and bench/results.json, and stops the server again. Its last phase starts a
# three-node Galera cluster on loopback (Debian's mariadb-server, galera-4, rsync; data under
# target/bench-galera) with a second Payara Micro on it, measures staff booking and call-next
# there and stops both again. Ten to twelve minutes on a quiet machine.
set -eu
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mkdir -p target
# its own process group, so that stopping it stops Payara Micro and MariaDB with it
setsid mvn -B -q -Prun package -DskipTests >target/bench-server.log 2>&1 &
server=$!
trap 'kill -- -$server 2>/dev/null || true' EXIT INT TERM
echo "server starting (log: target/bench-server.log)"
mvn -B -q -f bench/pom.xml compile exec:java "$@"
