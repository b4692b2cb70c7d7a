/** Where central IT's merge and retire screens live in the admin. */
export const MERGE_VIEW_PATH = '/sap-nhap-cong'
export const RETIRE_VIEW_PATH = '/ngung-hoat-dong-cong'
