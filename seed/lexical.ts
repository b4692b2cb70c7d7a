/** Turn the seed's paragraph lists into Lexical editor state (shared with portal provisioning). */
export { toLexical } from '../cms/src/lib/lexical'
