#!/usr/bin/env bash
# Runs the JMH benchmarks (value parser and report parser) and prints MB/s of UTF-8 text.
# Usage: bash examples/benchmark.sh [JMH regexp]   e.g. bash examples/benchmark.sh ValueParserBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl examples -am install -DskipTests
mvn -B -ntp -q -pl examples dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="examples/target/test-classes:examples/target/classes:$(cat examples/target/test-classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main -rf text -rff examples/target/jmh-result.txt "${1:-Benchmark}" | tee examples/target/jmh-output.txt
# MB/s = bytes per operation / ms per operation / 1000
python3 - <<'PY' || true
import re
out = open('examples/target/jmh-output.txt', encoding='utf-8').read()
sizes = {}
for m in re.finditer(r'\[input (\w+) x(\d+): (\d+) UTF-8 bytes\]', out):
    sizes[(m.group(1), m.group(2))] = int(m.group(3))
corpus = re.search(r'\[corpus: (\d+) reports, (\d+) UTF-8 bytes\]', out)
for line in out.splitlines():
    m = re.match(r'ValueParserBenchmark\.findAll\s+(?:N/A\s+)?(\w+)\s+(\d+)\s+avgt\s+\d+\s+([\d.]+)\s+±\s+([\d.]+)\s+ms/op', line)
    if m and (m.group(1), m.group(2)) in sizes:
        b = sizes[(m.group(1), m.group(2))]
        print(f"findAll {m.group(1):14} x{m.group(2):>2}: {b/1e6:8.2f} MB in {float(m.group(3)):9.3f} ms = {b/1e3/float(m.group(3)):7.1f} MB/s")
    m = re.match(r'PathologicalBenchmark\.(parse|findAll)\s+(\d+)\s+(?:N/A\s+)?(\d+)\s+avgt\s+\d+\s+([\d.]+)\s+±\s+([\d.]+)\s+ms/op', line)
    if m:
        fam = re.search(r'\[family %s x%s: ([^,]+), (\d+) chars\]' % (m.group(2), m.group(3)), out)
        name = fam.group(1) if fam else m.group(2)
        print(f"{m.group(1):8} {name:42} x{m.group(3):>2}: {float(m.group(4)):9.3f} ms")
    m = re.match(r'ReportParserBenchmark\.parseCorpus\s+(?:N/A\s+)*avgt\s+\d+\s+([\d.]+)\s+±\s+([\d.]+)\s+ms/op', line)
    if m and corpus:
        b = int(corpus.group(2))
        print(f"parse corpus ({corpus.group(1)} reports): {b/1e6:.2f} MB in {float(m.group(1)):.1f} ms = {b/1e3/float(m.group(1)):.1f} MB/s")
PY
