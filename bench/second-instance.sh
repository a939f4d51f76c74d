#!/usr/bin/env bash
# Starts a second Amtsplan instance on port 8081 against the database of the one that
# `mvn -Prun package` started (embedded MariaDB on 3307), sharing its demo signing key.
# Start the first instance, wait until http://localhost:8080/health/ready answers, then run this.
set -euo pipefail
cd "$(dirname "$0")/.."
export AMTSPLAN_DB_URL="${AMTSPLAN_DB_URL:-jdbc:mariadb://127.0.0.1:3307/amtsplan}"
export AMTSPLAN_DB_USER="${AMTSPLAN_DB_USER:-root}"
export AMTSPLAN_DB_PASSWORD="${AMTSPLAN_DB_PASSWORD:-}"
export AMTSPLAN_DEMO=true
export AMTSPLAN_DATA_FOLDER="${AMTSPLAN_DATA_FOLDER:-target/amtsplan-data-keys}"
export AMTSPLAN_OFFLINE_FOLDER="${AMTSPLAN_OFFLINE_FOLDER:-target/offline-kit}"
mkdir -p target/second-instance
exec java -Xmx512m -Djava.io.tmpdir=target/second-instance -jar target/payara-micro.jar \
  --deploy target/amtsplan.war --port 8081 --noCluster --logToFile target/amtsplan-8081.log
