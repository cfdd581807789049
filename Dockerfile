# Parallax production image. Not exercised by the tests (no Docker engine where they run): keep it
# in step with the README's production build by review.

# --- build: the same command as the README's production build -------------------------------------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
# Dependencies first, so source changes do not download the world again.
RUN ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY db db
COPY frontend frontend
COPY src src
# jOOQ code generation starts a throw-away embedded PostgreSQL inside the build; tests run in CI. The image
# runs on a PostgreSQL server (docker-compose.yml), so the jar leaves out the embedded PostgreSQL binaries
# for six platforms (about 326 MB with them, 114 MB without).
RUN ./mvnw -B -Pproduction -DskipTests -Dspring-boot.excludeGroupIds=io.zonky.test.postgres package \
 && cp target/parallax-*.jar /parallax.jar

# --- run ---------------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre
# The PDF report's charts are SVG drawn through Java's font system, which needs fontconfig and a font
# (the report's own text uses the Nanum Gothic shipped in the jar).
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system parallax && useradd --system --gid parallax --home-dir /app parallax \
 && mkdir -p /app /data && chown parallax:parallax /app /data
WORKDIR /app
COPY --from=build /parallax.jar /app/parallax.jar
USER parallax
ENV PARALLAX_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/parallax.jar"]
