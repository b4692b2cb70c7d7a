/**
 * Demo content for the seeder, parent sites first (a child's `parent` always appears earlier).
 */
import { boKhcn } from './bo-khcn'
import { haTinh } from './ha-tinh'
import { soKhcnHaTinh } from './so-khcn-ha-tinh'
import { xaThachHa } from './xa-thach-ha'
import type { SeedSite } from './types'

export type * from './types'
export { boKhcn, haTinh, soKhcnHaTinh, xaThachHa }

export const seedSites: SeedSite[] = [boKhcn, haTinh, soKhcnHaTinh, xaThachHa]
