# Verbatim container image: build with Maven, run on a slim JRE as a non-root user.
#   docker build -t verbatim .
# Base images are pinned by tag so rebuilds are reproducible; bump them deliberately.

# ---------------------------------------------------------------------------
# Stage 1: build the Boot jar and split it into layers
# ---------------------------------------------------------------------------
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /build

# Build descriptors first: the dependency download below is then cached and only
# re-runs when pom.xml or the wrapper change, not on every source edit.
COPY pom.xml mvnw ./
COPY .mvn .mvn
# chmod: the exec bit can be lost on checkouts from Windows.
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

COPY src src
# Tests run in CI, not in the image build. The spring-javaformat check still runs
# (validate phase), so unformatted code fails here exactly as it does in CI.
RUN ./mvnw -B -DskipTests package

# Boot 4 "tools" jarmode: one directory per layer, each with plain jars (lib/ and
# verbatim.jar, whose manifest names its classpath), the layout that class data sharing
# needs (see the runtime stage). The glob follows the pom version (repackage leaves the
# plain jar as *.jar.original).
RUN java -Djarmode=tools -jar target/verbatim-*.jar extract --layers --destination extracted \
    --application-filename verbatim.jar

# ---------------------------------------------------------------------------
# Stage 2: runtime
# ---------------------------------------------------------------------------
FROM eclipse-temurin:17.0.15_6-jre-jammy

# Fixed, non-root uid/gid so volume ownership and runAsNonRoot policies are predictable.
RUN groupadd --system --gid 10001 verbatim \
    && useradd --system --uid 10001 --gid verbatim --no-create-home \
       --home-dir /nonexistent --shell /usr/sbin/nologin verbatim

WORKDIR /app
# Application files stay root-owned (read-only to the app user); only data/
# (relative to the working directory, for local index/db files) is writable.
RUN mkdir /app/data && chown verbatim:verbatim /app/data

# Least to most frequently changing, so a code-only change rebuilds just the last layer.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

# Class data sharing (AppCDS) for a faster start: a training run that stops once the
# application is ready (--verbatim.exit-when-ready=true; Spring's
# -Dspring.context.exit=onRefresh would stop before the repositories and the index check)
# records the classes a start-up loads in verbatim.jsa, which every start then maps
# instead of loading them again. It runs
# here, on the runtime image's JVM (an archive only fits the JVM that made it), against the
# default in-memory H2 database and a throwaway index, so it needs no PostgreSQL and leaves
# no data behind. If the archive does not fit (another JVM, another classpath), the JVM
# warns and starts without it. Untested as an image build here: bench/run.sh does the same
# steps outside a container.
RUN java -XX:MaxRAMPercentage=75 -XX:ArchiveClassesAtExit=verbatim.jsa \
       -jar verbatim.jar --server.port=0 --verbatim.exit-when-ready=true \
       --verbatim.search.index-directory=/tmp/cds-index \
    && rm -rf /tmp/cds-index

USER 10001:10001
EXPOSE 8080

# Heap sized from the container memory limit rather than the host's.
# Extra JVM flags can be passed with JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=verbatim.jsa", "-jar", "verbatim.jar"]
