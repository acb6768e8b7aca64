# bench/run.sh, first step: the tools, the jar, and the class data sharing archive it starts with.

check_tools() {
  local tool
  for tool in java curl wrk awk; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
  done
  if [[ $DBS != h2 ]]; then
    for tool in psql createdb dropdb pg_isready; do
      command -v "$tool" >/dev/null || { echo "$tool is missing (PostgreSQL client)" >&2; exit 1; }
    done
    pg_isready -q || { echo "PostgreSQL is not accepting connections on $PGHOST:$PGPORT" >&2; exit 1; }
  fi
}

# The Boot jar in target/, if any.
jar_built() {
  local jar
  for jar in target/verbatim-*.jar; do
    [[ -f $jar ]] && { echo "$jar"; break; }
  done
  return 0
}

# Builds the jar unless it is newer than pom.xml and src/ (or --no-build); sets JAR, a copy in
# WORK (so that a rebuild in target/ during the run changes nothing), and COMMIT, COMMIT_NOTE.
build_jar() {
  local built
  built=$(jar_built)
  if $BUILD && [[ -n $built && -z $(find pom.xml src -newer "$built" -print -quit) ]]; then
    echo "The jar is newer than pom.xml and src/: not rebuilt"
  elif $BUILD; then
    echo "Building the jar ..."
    # Offline first (the test build has fetched everything); online if something is missing.
    ./mvnw -B -o -q -DskipTests package || ./mvnw -B -q -DskipTests package
    built=$(jar_built)
  fi
  [[ -n $built ]] || { echo "No jar in target/: run without --no-build" >&2; exit 1; }
  # What the jar was built from, read once: commits made while the run goes on are not in it.
  COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
  COMMIT_NOTE=$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')
  JAR=$WORK/verbatim.jar
  cp "$built" "$JAR"
}

# Start-up: the jar extracted (no nested-jar class loading) and an AppCDS archive of the classes
# that a start-up loads, from a training run that stops once the app is ready (Flyway,
# Hibernate, Hibernate Search, Spring Data's repositories and the index check done, on an
# in-memory H2 database and a throwaway index, so the benchmark's data is untouched). The
# archive belongs to this JVM and this classpath; if the JVM cannot use it, it says so and
# starts without it. Sets START_CMD (what start_app runs) and CDS_NOTE.
train_cds() {
  START_CMD=(-jar "$JAR")
  CDS_NOTE="off (--no-cds): java -jar on the Boot jar"
  $CDS || return 0
  echo "Extracting the jar and training the class data sharing archive ..."
  local training=$WORK/cds-training started
  rm -rf "$WORK/app" "$training"
  mkdir -p "$training"
  started=$(now)
  if java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" --application-filename verbatim.jar \
      >"$training/extract.log" 2>&1 &&
    env "VERBATIM_EDITOR_TOKENS=cds:$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" VERBATIM_EDITOR_TOKENS_FILE= \
      SPRING_PROFILES_ACTIVE= "SPRING_DATASOURCE_URL=jdbc:h2:mem:cds;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
      timeout 600 java $JAVA_OPTS_BENCH -XX:ArchiveClassesAtExit="$WORK/app/verbatim.jsa" \
      -jar "$WORK/app/verbatim.jar" --server.port=0 --verbatim.exit-when-ready=true \
      --verbatim.search.index-directory="$training/search-index" \
      >"$training/training.log" 2>&1 && [[ -s $WORK/app/verbatim.jsa ]]; then
    START_CMD=(-XX:SharedArchiveFile="$WORK/app/verbatim.jsa" -jar "$WORK/app/verbatim.jar")
    CDS_NOTE="extracted jar + AppCDS archive ($(du -m "$WORK/app/verbatim.jsa" | cut -f1) MB, trained in $(calc '%.0f' 'b - a' a="$started" b="$(now)") s)"
  else
    fail "the CDS training run failed (see $training/): the app runs from the jar as is"
    tail -n 20 "$training/training.log" 2>/dev/null | sed 's/^/    /' >&2 || true
    CDS_NOTE="off: the training run failed (see $training/)"
  fi
  rm -rf "$training/search-index"
}
