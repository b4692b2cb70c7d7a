import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ConfigError, parseEnv } from './env'

describe('configuration', () => {
  it('defaults to SQLite under data/ on port 3000', () => {
    const e = parseEnv({ NODE_ENV: 'test',  CONG_ROOT: '/srv/cong' })
    expect(e.port).toBe(3000)
    expect(e.database).toEqual({ kind: 'sqlite', file: '/srv/cong/data/cong.db', url: 'file:/srv/cong/data/cong.db' })
    expect(e.sitesDir).toBe(path.resolve('/srv/cong/dist/sites'))
    expect(e.seedOnStart).toBe(true)
    expect(e.meiliHost).toBeNull()
    expect(e.redisUrl).toBeNull()
    expect(parseEnv({ NODE_ENV: 'test', REDIS_URL: 'redis://127.0.0.1:6379/2' }).redisUrl).toBe('redis://127.0.0.1:6379/2')
  })

  it('switches to PostgreSQL for postgres:// and postgresql:// URLs and stops seeding', () => {
    expect(parseEnv({ NODE_ENV: 'test', DATABASE_URI: 'postgres://cong:secret@db:5432/cong' }).database).toEqual({ kind: 'postgres', url: 'postgres://cong:secret@db:5432/cong' })
    expect(parseEnv({ NODE_ENV: 'test', DATABASE_URI: 'postgresql://db/cong' }).database.kind).toBe('postgres')
    expect(parseEnv({ NODE_ENV: 'test', DATABASE_URI: 'postgres://db/cong' }).seedOnStart).toBe(false)
    expect(() => parseEnv({ NODE_ENV: 'test', DATABASE_URI: 'postgres:///cong' })).toThrow(/DATABASE_URI has no host name/)
  })

  it('switches to MongoDB for mongodb:// and mongodb+srv:// URLs and stops seeding', () => {
    expect(parseEnv({ NODE_ENV: 'test',  DATABASE_URI: 'mongodb://mongo:27017/cong?replicaSet=rs0' }).database.kind).toBe('mongodb')
    expect(parseEnv({ NODE_ENV: 'test',  DATABASE_URI: 'mongodb+srv://cluster.example.vn/cong' }).database.kind).toBe('mongodb')
    expect(parseEnv({ NODE_ENV: 'test',  DATABASE_URI: 'mongodb://mongo/cong' }).seedOnStart).toBe(false)
  })

  it('names the setting to change when a value is wrong', () => {
    expect(() => parseEnv({ NODE_ENV: 'test',  DATABASE_URI: 'mysql://x' })).toThrow(ConfigError)
    expect(() => parseEnv({ NODE_ENV: 'test',  DATABASE_URI: 'mysql://x' })).toThrow(/DATABASE_URI/)
    expect(() => parseEnv({ NODE_ENV: 'test',  PORT: '70000' })).toThrow(/PORT/)
    expect(() => parseEnv({ NODE_ENV: 'test',  MEILI_HOST: 'not a url' })).toThrow(/MEILI_HOST/)
    expect(() => parseEnv({ NODE_ENV: 'test',  PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET/)
    expect(() => parseEnv({ NODE_ENV: 'test',  JOBS_IN_PROCESS: 'maybe' })).toThrow(/JOBS_IN_PROCESS/)
    expect(() => parseEnv({ NODE_ENV: 'test',  REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL/)
    expect(() => parseEnv({ NODE_ENV: 'test',  LOGIN_LIMIT_PER_IP: '0' })).toThrow(/LOGIN_LIMIT_PER_IP/)
  })

  it('reads the account security settings', () => {
    const d = parseEnv({ NODE_ENV: 'test' })
    expect(d).toMatchObject({ sessionHours: 8, cookieSecure: false, smtpUrl: null, twoFactorDefaultRoles: ['platform-admin'] })
    expect(parseEnv({ NODE_ENV: 'test', SERVER_URL: 'https://cms.gov.vn/' })).toMatchObject({ serverUrl: 'https://cms.gov.vn', cookieSecure: true })
    expect(parseEnv({ NODE_ENV: 'test', SERVER_URL: 'https://cms.gov.vn', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false)
    expect(parseEnv({ NODE_ENV: 'test', COOKIE_SECURE: 'true' }).cookieSecure).toBe(true)
    expect(parseEnv({ NODE_ENV: 'test', SESSION_HOURS: '2' }).sessionHours).toBe(2)
    expect(parseEnv({ NODE_ENV: 'test', TWO_FACTOR_REQUIRED_ROLES: 'none' }).twoFactorDefaultRoles).toEqual([])
    expect(parseEnv({ NODE_ENV: 'test', TWO_FACTOR_REQUIRED_ROLES: 'platform-admin, site-admin' }).twoFactorDefaultRoles).toEqual(['platform-admin', 'site-admin'])
    expect(parseEnv({ NODE_ENV: 'test', SMTP_URL: 'smtp://u:p@mail.gov.vn:587' }).smtpUrl).toBe('smtp://u:p@mail.gov.vn:587')
    expect(() => parseEnv({ NODE_ENV: 'test', SESSION_HOURS: '0' })).toThrow(/SESSION_HOURS/)
    expect(() => parseEnv({ NODE_ENV: 'test', TWO_FACTOR_REQUIRED_ROLES: 'admin' })).toThrow(/TWO_FACTOR_REQUIRED_ROLES/)
    expect(() => parseEnv({ NODE_ENV: 'test', SMTP_URL: 'mail.gov.vn' })).toThrow(/SMTP_URL/)
    expect(() => parseEnv({ NODE_ENV: 'test', SERVER_URL: 'cms.gov.vn' })).toThrow(/SERVER_URL/)
    expect(() => parseEnv({ NODE_ENV: 'test', SEED_PASSWORD: 'admin123' })).toThrow(/SEED_PASSWORD.*at least 12/)
    expect(parseEnv({ NODE_ENV: 'test', SEED_PASSWORD: 'Thu-nghiem-2026!' }).seedPassword).toBe('Thu-nghiem-2026!')
  })

  it('reads the hosts the EMC monitoring script may come from', () => {
    expect(parseEnv({ NODE_ENV: 'test' }).emcScriptHosts).toEqual(['emc.gov.vn'])
    expect(parseEnv({ NODE_ENV: 'test', EMC_SCRIPT_HOSTS: 'EMC.gov.vn, tracking.example.vn' }).emcScriptHosts).toEqual(['emc.gov.vn', 'tracking.example.vn'])
    expect(() => parseEnv({ NODE_ENV: 'test', EMC_SCRIPT_HOSTS: 'https://emc.gov.vn/' })).toThrow(/EMC_SCRIPT_HOSTS/)
  })
})
