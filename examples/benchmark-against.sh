#!/usr/bin/env bash
# Runs JMH benchmarks in turns with another build of the parser and with this one, on the same benchmark
# classes, so that a change is measured against the code before it in one run (README, "Performance").
# Usage: bash examples/benchmark-against.sh OTHER_PARSER_JAR [JMH regexp] [rounds]
#   e.g. git worktree add /tmp/before HEAD~3 && (cd /tmp/before && mvn -q -pl core,model,parser package -DskipTests)
#        bash examples/benchmark-against.sh /tmp/before/parser/target/govreport-parser-0.1.0-SNAPSHOT.jar ReportParserBenchmark 5
#   JMH_ARGS adds options, e.g. JMH_ARGS="-p input=corpus -p scale=1" for ValueParserBenchmark.findAll over the corpus.
set -euo pipefail
other=$(realpath "${1:?usage: benchmark-against.sh OTHER_PARSER_JAR [JMH regexp] [rounds]}")
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl examples -am install -DskipTests
mvn -B -ntp -q -pl examples dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
this="examples/target/test-classes:examples/target/classes:$(cat examples/target/test-classpath.txt)"
before=$(echo "$this" | tr ':' '\n' | sed "s#.*/govreport-parser-[^/]*\.jar\$#$other#" | paste -sd:)
for round in $(seq 1 "${3:-3}"); do
  for cp in "$before" "$this"; do
    if [ "$cp" = "$this" ]; then which=this; else which=other; fi
    # shellcheck disable=SC2086 # JMH_ARGS are words
    java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 3 -w 2s -i 5 -r 2s ${JMH_ARGS:-} "${2:-Benchmark}" 2>&1 \
      | grep -E '^[A-Za-z]+Benchmark\.' | sed "s/^/round $round $which: /"
  done
done
