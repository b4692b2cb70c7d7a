/**
 * docker/nginx-portals.conf made runnable on this machine for a test: the portals' folder, the
 * access log, the upstream web process and both listening ports rewritten to local ones. One
 * rewrite for every test that runs nginx, so a path added to the production file is mapped once.
 */
import fs from 'node:fs'
import path from 'node:path'

export const NGINX_PORTALS_CONF = path.resolve(import.meta.dirname, '../../docker/nginx-portals.conf')

export function writeLocalPortalsConf(dir: string, local: { sitesDir: string; upstream: string; port: number; platformPort: number }): string {
  const file = path.join(dir, 'portals.conf')
  const conf = fs
    .readFileSync(NGINX_PORTALS_CONF, 'utf8')
    .replaceAll('/srv/sites', local.sitesDir)
    .replaceAll('/var/log/cong/', `${dir}/`)
    // The compose service name of the web replicas does not resolve here.
    .replaceAll('http://web:3000', local.upstream)
    .replace('listen 80 default_server;', `listen 127.0.0.1:${local.port} default_server;`)
    .replace('listen 3000;', `listen 127.0.0.1:${local.platformPort};`)
  fs.writeFileSync(file, conf)
  return file
}
