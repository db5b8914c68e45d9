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
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
 --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED"
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
