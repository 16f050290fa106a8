# syntax=docker/dockerfile:1
# The ff API as an image: the server compiled to JavaScript (npm run build -- @ff/api, see
# scripts/release/packages.ts serverPackage), run by plain Node as an unprivileged user with only the
# production dependencies of the workspaces it needs (api, engine, stats). No TypeScript in the image.
#   docker build -t ff-api .
#   docker run -p 4242:4242 -e DATABASE_URL=postgres://… ff-api
# Without DATABASE_URL it keeps an embedded database in the volume /data. docker-compose.yml runs two of
# these behind nginx on one Postgres (README, "Scaling out"). deploy/server-image.pkg.test.ts follows this
# file step by step without Docker; deploy/compose-shape.http.test.ts runs the compose file's processes.

# Every workspace's manifest and the lockfile: npm ci needs all of them to agree, even when it installs
# only some workspaces.
FROM node:24-alpine AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY engine/package.json engine/
COPY stats/package.json stats/
COPY api/package.json api/
COPY client/package.json client/
COPY bench/package.json bench/
COPY sdk-node/package.json sdk-node/
COPY cli/package.json cli/
COPY cdktf-provider/package.json cdktf-provider/
COPY sdk-browser/package.json sdk-browser/
COPY sdk-shared/package.json sdk-shared/

# The compiler and the sources of what the server runs: the engine, the API, and the CLI's profile file
# that the API's main.ts writes.
FROM manifests AS build
RUN npm ci --ignore-scripts --no-audit --no-fund --include-workspace-root --workspace=api --workspace=engine --workspace=stats
COPY tsconfig.base.json ./
COPY scripts/release/ scripts/release/
COPY engine/src/ engine/src/
COPY stats/src/ stats/src/
COPY api/src/ api/src/
COPY cli/src/config.ts cli/src/
RUN node scripts/release/build.ts @ff/api

FROM manifests AS deps
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --workspace=api --workspace=engine --workspace=stats

FROM node:24-alpine
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4242 \
    LOG_LEVEL=info \
    FF_DATA_DIR=/data
WORKDIR /app
# node_modules/@ff/engine links to engine/, whose package.json exports dist/esm to plain Node.
COPY --from=deps /app/node_modules/ node_modules/
COPY engine/package.json engine/
COPY --from=build /app/engine/dist/esm/ engine/dist/esm/
# @ff/stats likewise (experiment results).
COPY stats/package.json stats/
COPY --from=build /app/stats/dist/esm/ stats/dist/esm/
COPY api/package.json api/
COPY --from=build /app/api/dist/ api/dist/
# The embedded database's home (used only without DATABASE_URL), writable by the user below.
RUN mkdir -p /data && chown 1000:1000 /data
VOLUME /data
# The image's `node` user, by number so that Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 4242
# /readyz: the database answers and its migrations are current. Node itself asks: the image has no curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`, { signal: AbortSignal.timeout(2500) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) ends the event streams and drains requests; give it more than its 10 s deadline.
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "api/dist/api/src/main.js"]
