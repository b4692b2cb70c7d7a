/**
 * How many of their units' newest news the portals above list (a province's home page, "Tin từ
 * các đơn vị trực thuộc"). The export reads that many of each unit; a news item of a unit changes
 * the portals above only while it is among that many newest of its own portal, so only then is
 * a build of theirs queued (`portal.rebuild.ancestors` in News.ts).
 */
export const SUBORDINATE_NEWS = 10
