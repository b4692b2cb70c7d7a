# The Cổng CMS: admin, REST/GraphQL API, jobs and portal builds in one Node 24 process.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json* ./
RUN npm install --no-audit --no-fund
COPY . .
RUN NEXT_TELEMETRY_DISABLED=1 npx next build cms

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 BUILD_ADMIN_ON_START=false
COPY --from=build /app /app
EXPOSE 3000
# Run node directly (not through npm) so SIGTERM reaches the server.
CMD ["node", "--import", "tsx", "cms/src/server/main.ts"]
