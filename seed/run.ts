/** `npm run seed`: create whatever part of the demo content is missing. */
import { ConfigError, env } from '../cms/src/config/env'
import { initPayload } from '../cms/src/boot'
import { seedDemo } from './index'

try {
  const e = env()
  const payload = await initPayload()
  const t0 = Date.now()
  const result = await seedDemo(payload, { password: e.seedPassword })
  process.stdout.write(`Đã tạo ${result.created} bản ghi mẫu trong ${((Date.now() - t0) / 1000).toFixed(1)} s (created ${result.created} records).\n`)
  for (const l of result.logins) process.stdout.write(`  ${l.role.padEnd(28)} ${l.email}\n`)
  if (result.password) process.stdout.write(`  Mật khẩu (password): ${result.password}   ← chỉ in một lần / printed once\n`)
  else if (!e.seedPassword) process.stdout.write('  Các tài khoản đã có từ trước: mật khẩu không thay đổi.\n')
  process.exit(0)
} catch (err) {
  process.stderr.write(`cong seed: ${err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
}
