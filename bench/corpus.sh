#!/usr/bin/env bash
# Runs the corpus generator (bench/corpus/*.java, package corpus) with the project's Jackson:
# compiles it into bench/tmp/corpus-classes when a source is newer than the classes, then runs
# corpus.CorpusGenerator with the arguments given. The corpus is the same, byte for byte, for the
# same arguments and seed.
#
#   bench/corpus.sh --documents 100000 --seed 42 --out corpus.ndjson [--samples samples.tsv] [--people P]
#   bench/corpus.sh --verify corpus.ndjson      (checks every selector, reference, slug and date)
#   bench/corpus.sh --help
#
# Needs a JDK 17+; the jars' paths come from Maven (./mvnw, offline first) and are kept in
# bench/tmp/corpus-classpath.txt until pom.xml changes.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLASSES=$ROOT/bench/tmp/corpus-classes
CLASSPATH_FILE=$ROOT/bench/tmp/corpus-classpath.txt

jars_present() {
  local jar jars
  IFS=: read -ra jars <"$CLASSPATH_FILE"
  ((${#jars[@]})) || return 1
  for jar in "${jars[@]}"; do [[ -f $jar ]] || return 1; done
}

if [[ ! -s $CLASSPATH_FILE || $ROOT/pom.xml -nt $CLASSPATH_FILE ]] || ! jars_present; then
  mkdir -p "$ROOT/bench/tmp"
  resolve=(-B -q -f "$ROOT/pom.xml" dependency:build-classpath "-Dmdep.outputFile=$CLASSPATH_FILE"
    -DincludeScope=runtime "-DincludeGroupIds=tools.jackson.core,com.fasterxml.jackson.core")
  # Standard output may be the corpus: Maven's messages go to standard error.
  "$ROOT/mvnw" -o "${resolve[@]}" >/dev/null 2>&1 || "$ROOT/mvnw" "${resolve[@]}" >&2
fi
JACKSON=$(<"$CLASSPATH_FILE")

if [[ ! -f $CLASSES/.built || -n $(find "$ROOT/bench/corpus" -name '*.java' -newer "$CLASSES/.built" -print -quit) ]]; then
  rm -rf "$CLASSES"
  javac -encoding UTF-8 -d "$CLASSES" -cp "$JACKSON" "$ROOT"/bench/corpus/*.java
  touch "$CLASSES/.built"
fi
exec java -cp "$CLASSES:$JACKSON" corpus.CorpusGenerator "$@"
