/** Administrative procedures: the national code format and the link to its national page. */

/** Code of the national procedure database, e.g. `1.001193`, `2.000889` (treat as opaque). */
export const PROCEDURE_CODE = /^\d{1,2}\.\d{6}$/

/** Detail page of a procedure on the National Public Service Portal. */
export function nationalPortalUrl(code: string): string {
  return `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${encodeURIComponent(code)}`
}
