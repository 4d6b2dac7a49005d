#!/usr/bin/env bash
# The inbox benchmark of docs/performance.md: creates the role and the database vh_benchmark on the local PostgreSQL
# server if they are missing, then runs the benchmark (Maven profile "benchmark"). The generated cases stay in the
# database, so a second run only measures. "--fresh" drops the database first and generates everything again.
# Extra arguments go to Maven, e.g. -Dvh.benchmark.runs=500 or -Dvh.benchmark.users=politie.utrecht.
set -euo pipefail
cd "$(dirname "$0")/.."

psql=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q -d postgres)
if [ "${1:-}" = "--fresh" ]; then
  shift
  "${psql[@]}" -c "DROP DATABASE IF EXISTS vh_benchmark WITH (FORCE)"
fi
"${psql[@]}" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'veiligheidshuis') THEN
    CREATE ROLE veiligheidshuis LOGIN PASSWORD 'veiligheidshuis';
  END IF;
END $$;
SQL
if [ -z "$("${psql[@]}" -Atc "SELECT 1 FROM pg_database WHERE datname = 'vh_benchmark'")" ]; then
  "${psql[@]}" -c "CREATE DATABASE vh_benchmark OWNER veiligheidshuis"
fi

./mvnw -B -Pbenchmark test "$@"
echo "Report: $(pwd)/target/benchmark/inbox-benchmark.md (or under -Dvh.build.dir)"
