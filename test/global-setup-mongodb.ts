/**
 * The MongoDB pass runs only against a server someone provides (MONGODB_URI): none can be
 * installed here. test/run.ts decides whether to run it and prints why not.
 */
export default async function setup() {
  if (!process.env.MONGODB_URI) throw new Error('the MongoDB pass needs MONGODB_URI')
}
