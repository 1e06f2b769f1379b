#!/usr/bin/env bash
# First-render and warm times of every PDF the application renders, in process on the embedded
# PostgreSQL of the tests (each PDF made by its integration test, then rendered again warm).
# Never fails on speed.
# Usage: bench/pdf.sh            (env: FIRST=residence/registration-document-pdf WARM=20; WARMUP=0 turns the
# application's background warm-up of the renderer off, as before it existed)
set -euo pipefail
cd "$(dirname "$0")/.."
FIRST=${FIRST:-residence/registration-document-pdf}; WARM=${WARM:-20}

java_home=""
for d in /usr/lib/jvm/*; do
  v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}') || continue
  if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java_home=$d; fi
done
[ -n "$java_home" ] || { echo "No JDK 21+ under /usr/lib/jvm" >&2; exit 2; }

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$java_home/bin/java" -Dfirst="$FIRST" -Dwarm="$WARM" ${WARMUP:+-Dpassage.pdf.warm-up-renders=$WARMUP} -Dlogging.level.root=WARN \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.passage.pdf.PdfBenchmark > target/bench-pdf.log 2>&1 || { tail -60 target/bench-pdf.log >&2; exit 1; }
sed -n '/^PDF template/,$p' target/bench-pdf.log
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
