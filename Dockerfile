# The Cổng image: web processes (`node --import tsx cms/src/server/main.ts`) and build workers
# (`… cms/src/worker.ts`), Node 24. The admin is built with every dependency, then the dev
# dependencies (test runner, type checker, browser driver, HTML checker) are pruned: the image
# carries production dependencies only.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json* ./
RUN npm install --no-audit --no-fund
COPY . .
RUN NEXT_TELEMETRY_DISABLED=1 npx next build cms && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf test docs .ci

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 BUILD_ADMIN_ON_START=false
# pg_dump/pg_restore for `npm run backup` with the PostgreSQL variant.
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
EXPOSE 3000
# Run node directly (not through npm) so SIGTERM reaches the process.
CMD ["node", "--import", "tsx", "cms/src/server/main.ts"]
