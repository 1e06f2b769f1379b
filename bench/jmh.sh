#!/usr/bin/env bash
# In-process assessment throughput (JMH). Prints ops/s per benchmark; never fails on speed.
# Usage: bench/jmh.sh [JMH arguments, default: AssessmentBenchmark]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbenchmarks test-compile exec:exec -Djmh.args="${*:-AssessmentBenchmark}"
