#!/usr/bin/env bash
# Whole-process benchmark: the Spark job (local[N]) + annalist load, against annalist ingest,
# over the same folder of sources. Build first: mvn -q -pl spark -am package -DskipTests
# Usage: spark/bench/spark-vs-ingest.sh SOURCES_DIR WORK_DIR [MASTER]
# JOB_OPTS: JVM options of the job. By default one ForkJoin worker: the stages already run
# sentences on the common pool, and with one Spark task per core more workers only contend.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
src="$1"; work="$2"; master="${3:-local[2]}"
mkdir -p "$work"; rm -rf "$work/tables" "$work/spark.db"* "$work/ingest.db"*
opens="$(tr '\n' ' ' < "$root/spark/jvm-options")"  # what Spark needs opened on Java 17
spark_cp="$root/spark/target/annalist-spark-0.1.0-SNAPSHOT.jar:$(cat "$root/spark/target/classpath.txt")"
t() { local s=$(date +%s.%N); "$@"; echo "wall $(echo "$(date +%s.%N) - $s" | bc) s: $*" | cut -c1-160 >&2; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
t java -Xmx8g ${JOB_OPTS--Djava.util.concurrent.ForkJoinPool.common.parallelism=1} $opens -cp "$spark_cp" org.annalist.spark.ChronicleJob --master "$master" "$src" "$work/tables" 2>"$work/spark.log"
t "$root/annalist" load --db "$work/spark.db" "$work/tables"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
t "$root/annalist" ingest --db "$work/ingest.db" "$src"
for db in spark ingest; do
  echo "$db.db rows: $(sqlite3 "$work/$db.db" "SELECT (SELECT count(*) FROM documents)||' documents, '||(SELECT count(*) FROM mentions)||' mentions, '||(SELECT count(*) FROM timexes)||' timexes, '||(SELECT count(*) FROM sentences)||' sentences, '||(SELECT count(*) FROM collection_entities)||' collection entities'")"
done
