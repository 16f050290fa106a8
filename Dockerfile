# syntax=docker/dockerfile:1
# The ff API (npm start's entry, api/src/main.ts) as an image. TypeScript runs as is: Node 24 strips the
# types, so there is no build step, only the production dependencies of the two workspaces it needs.
#   docker build -t ff-api .
#   docker run -e DATABASE_URL=postgres://… -p 4242:4242 ff-api
# docker-compose.yml runs two of these behind nginx on one Postgres (README, "Scaling out").

FROM node:24-alpine AS deps
WORKDIR /app
# Every workspace's manifest, so the lockfile matches; only api's and engine's dependencies are installed.
COPY package.json package-lock.json ./
COPY engine/package.json engine/
COPY api/package.json api/
COPY client/package.json client/
COPY bench/package.json bench/
COPY sdk-node/package.json sdk-node/
COPY cli/package.json cli/
COPY cdktf-provider/package.json cdktf-provider/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --workspace=api --workspace=engine

FROM node:24-alpine
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4242 \
    LOG_LEVEL=info
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY package.json ./
COPY engine/package.json engine/
COPY engine/src engine/src
COPY api/package.json api/
COPY api/src api/src
COPY openapi.yaml ./
USER node
EXPOSE 4242
# /readyz: the database answers and its migrations are current.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD wget -q -O /dev/null "http://127.0.0.1:${PORT}/readyz" || exit 1
# SIGTERM (docker stop) ends the event streams and drains requests; give it more than its 10 s deadline.
STOPSIGNAL SIGTERM
# The API runs on the workspaces' TypeScript sources: the "@ff/source" export condition resolves
# @ff/engine to engine/src (without it, to engine/dist, which this image does not build).
CMD ["node", "--conditions=@ff/source", "api/src/main.ts"]
