/**
 * Corrections to Payload's Vietnamese admin text (`@payloadcms/translations` vi): messages that
 * keep English words ("Field", "Collection", "unknown error") or a stray "Lỗi - " prefix.
 * Passed as `i18n.translations.vi` in the config; English stays Payload's own.
 */
export const VI_OVERRIDES = {
  error: {
    correctInvalidFields: 'Vui lòng sửa các trường chưa hợp lệ.',
    emailOrPasswordIncorrect: 'Email hoặc mật khẩu không đúng.',
    followingFieldsInvalid_one: 'Trường sau chưa hợp lệ:',
    followingFieldsInvalid_other: 'Các trường sau chưa hợp lệ:',
    incorrectCollection: 'Loại nội dung không đúng.',
    loadingDocument: 'Không tải được tài liệu có mã {{id}}.',
    missingEmail: 'Thiếu email.',
    missingIDOfDocument: 'Thiếu mã của tài liệu cần cập nhật.',
    missingIDOfVersion: 'Thiếu mã phiên bản.',
    missingRequiredData: 'Thiếu dữ liệu bắt buộc.',
    noFilesUploaded: 'Chưa có tệp nào được tải lên.',
    noMatchedField: 'Không tìm thấy trường nào khớp với "{{label}}".',
    notAllowedToAccessPage: 'Bạn không có quyền truy cập trang này.',
    notAllowedToPerformAction: 'Bạn không có quyền thực hiện thao tác này.',
    notFound: 'Không tìm thấy nội dung yêu cầu.',
    noUser: 'Chưa đăng nhập.',
    previewing: 'Không xem trước được tài liệu này.',
    problemUploadingFile: 'Có lỗi khi tải tệp lên.',
    tokenInvalidOrExpired: 'Mã xác nhận không hợp lệ hoặc đã hết hạn.',
    tokenNotProvided: 'Thiếu mã xác nhận.',
    unauthorized: 'Bạn cần đăng nhập để thực hiện thao tác này.',
    unauthorizedAdmin: 'Tài khoản này không được vào trang quản trị.',
    unknown: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
    unspecific: 'Đã có lỗi xảy ra.',
    unPublishingDocument: 'Có lỗi khi gỡ xuất bản tài liệu này.',
    userLocked: 'Tài khoản tạm bị khóa vì đăng nhập sai quá nhiều lần.',
    valueMustBeUnique: 'Giá trị này đã được dùng.',
    verificationTokenInvalid: 'Mã xác thực không hợp lệ.',
    autosaving: 'Có lỗi khi tự động lưu tài liệu này.',
    deletingFile: 'Có lỗi khi xóa tệp.',
    invalidFileType: 'Định dạng tệp không hợp lệ.',
    invalidFileTypeValue: 'Định dạng tệp không hợp lệ: {{value}}.',
    accountAlreadyActivated: 'Tài khoản này đã được kích hoạt.',
  },
  fields: {
    block: 'Khối',
    blocks: 'khối',
    blockType: 'Loại khối',
  },
  general: {
    collections: 'Loại nội dung',
    menu: 'Trình đơn',
  },
  upload: {
    selectCollectionToBrowse: 'Chọn loại nội dung để duyệt',
  },
  validation: {
    fieldHasNo: 'Trường này không có: {{label}}',
    invalidSelection: 'Lựa chọn ở trường này không hợp lệ.',
    invalidSelections: 'Trường này có các lựa chọn không hợp lệ sau:',
    validUploadID: 'Trường này không chứa mã tệp tải lên hợp lệ.',
  },
  authentication: {
    resetPasswordToken: 'Mã đặt lại mật khẩu',
    tokenRefreshSuccessful: 'Đã gia hạn phiên đăng nhập.',
    apiKey: 'Khóa API',
  },
}
