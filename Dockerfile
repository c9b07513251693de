# duban（督办）— one image for every process of the system:
#
#   API (default):  node apps/api/dist/main.js   (also serves the console, apps/web/dist, under /console/)
#   Worker:         node apps/worker/dist/main.js
#   Operator CLI:   node apps/api/dist/cli.js migrate   (apply TypeORM migrations)
#                   node apps/api/dist/cli.js seed      (demo tree; needs Temporal)
#
# Build:   docker build -t duban:0.1.0 .
# Deploy:  see docker-compose.yml and docs/deployment.md.
#
# Stages: `deps-base` (npm 11 + workspace manifests) → `build` (all deps, tsc -b)
# and `prod-deps` (npm ci --omit=dev) → `runtime` (prod node_modules + dist/).

# Debian (glibc), not Alpine: the Temporal worker's native core bridge needs glibc.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim
# package.json "allowScripts" (which dependencies may run install scripts, with
# explicit denials such as @scarf/scarf) is read by npm 11; the npm 10 bundled
# with Node 20 ignores it. Same version as the development machines.
ARG NPM_VERSION=11.19.1

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps-base
ARG NPM_VERSION
# A registry mirror can be passed with --build-arg NPM_REGISTRY=...; the
# lockfile records no registry URLs, so any mirror of the npm registry works.
ARG NPM_REGISTRY=https://registry.npmjs.org/
ENV npm_config_registry=${NPM_REGISTRY} \
    npm_config_audit=false \
    npm_config_fund=false \
    npm_config_update_notifier=false \
    SCARF_ANALYTICS=false
RUN --mount=type=cache,target=/root/.npm \
    npm install --global "npm@${NPM_VERSION}"
WORKDIR /app
# Only the manifests first, so the dependency layers are reused until they change.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/web/package.json apps/web/
COPY libs/config/package.json libs/config/
COPY libs/contracts/package.json libs/contracts/
COPY libs/domain/package.json libs/domain/
COPY libs/notifications/package.json libs/notifications/
COPY libs/persistence/package.json libs/persistence/
COPY libs/temporal/package.json libs/temporal/
COPY workflows/package.json workflows/
COPY activities/package.json activities/

# ---------------------------------------------------------------------------
FROM deps-base AS build
RUN --mount=type=cache,target=/root/.npm \
    npm ci
COPY tsconfig.base.json tsconfig.build.json ./
COPY libs libs
COPY workflows workflows
COPY activities activities
COPY apps apps
# Each project compiles to its own dist/ (project references, see tsconfig.build.json).
RUN ./node_modules/.bin/tsc -b tsconfig.build.json
# The console (apps/web): a static build that the API serves under /console/.
RUN npm run build -w @duban/web

# ---------------------------------------------------------------------------
FROM deps-base AS prod-deps
# Production dependencies only. @temporalio/worker (with webpack and swc) is a
# runtime dependency: the worker bundles workflows/dist at start.
# @temporalio/core-bridge ships prebuilt binaries for every OS; the macOS and
# Windows ones (~80 MB) can never load in this Linux image.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev \
 && rm -rf node_modules/@temporalio/core-bridge/releases/*-apple-darwin \
           node_modules/@temporalio/core-bridge/releases/*-windows-*

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="duban" \
      org.opencontainers.image.description="督办：监督职责的定期提醒、督促与逐级升级（API、Temporal worker、运维命令）" \
      org.opencontainers.image.version="0.1.0"
ENV NODE_ENV=production
# The application never calls npm at run time: drop the package managers that
# ship with the base image (less to patch). Missing paths are ignored.
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack \
           /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack \
           /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-*
WORKDIR /app
# Root package.json, the workspace package.json files and node_modules, whose
# @duban/* entries are relative symlinks to the workspace folders below.
COPY --from=prod-deps /app ./
# Compiled output of every workspace package. workflows/dist, libs/contracts/dist and
# libs/domain/dist are also the input of the worker's workflow bundle.
COPY --from=build /app/libs/domain/dist libs/domain/dist
COPY --from=build /app/libs/config/dist libs/config/dist
COPY --from=build /app/libs/contracts/dist libs/contracts/dist
COPY --from=build /app/libs/temporal/dist libs/temporal/dist
COPY --from=build /app/libs/persistence/dist libs/persistence/dist
COPY --from=build /app/libs/notifications/dist libs/notifications/dist
COPY --from=build /app/workflows/dist workflows/dist
COPY --from=build /app/activities/dist activities/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/worker/dist apps/worker/dist
COPY --from=build /app/apps/web/dist apps/web/dist
# Files stay owned by root and read-only for the process, which runs as the
# unprivileged `node` user (uid 1000) of the base image.
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
