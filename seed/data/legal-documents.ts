/**
 * Real legal documents on e-government, information technology and science & technology, as the
 * ministry's portal would publish them. Only metadata we are confident of is given; a comment
 * marks values taken from the domain reference (shared/domain/README.md) rather than from the
 * official text, and relations we could not confirm are left out (so a document may show "in
 * force" where a later text not recorded here changed it). Check against vbpl.vn before go-live.
 */
import type { SeedLegalDocument } from './types'

const LOCAL = ['ha-tinh', 'so-khcn-ha-tinh', 'xa-thach-ha']
const QH = 'Quốc hội'
const CP = 'Chính phủ'
const TTG = 'Thủ tướng Chính phủ'
const BTTTT = 'Bộ Thông tin và Truyền thông'
const chairman = (name: string) => ({ title: 'Chủ tịch Quốc hội', name })
const pm = (name: string) => ({ capacity: 'TM' as const, for: 'Chính phủ', title: 'Thủ tướng', name })
const deputyPm = (name: string) => ({ capacity: 'KT' as const, for: 'Thủ tướng', title: 'Phó Thủ tướng', name })

export const seedLegalDocuments: SeedLegalDocument[] = [
  // Laws and resolutions of the National Assembly (issue date = adoption date).
  { number: '50/2005/QH11', type: 'luat', summary: 'Luật Sở hữu trí tuệ', issuingBody: QH, signer: chairman('Nguyễn Văn An'), issueDate: '2005-11-29', effectiveDate: '2006-07-01', fields: ['Sở hữu trí tuệ'], site: 'bo-khcn' },
  { number: '51/2005/QH11', type: 'luat', summary: 'Luật Giao dịch điện tử', issuingBody: QH, signer: chairman('Nguyễn Văn An'), issueDate: '2005-11-29', effectiveDate: '2006-03-01', fields: ['Giao dịch điện tử'], site: 'bo-khcn' },
  { number: '67/2006/QH11', type: 'luat', summary: 'Luật Công nghệ thông tin', issuingBody: QH, signer: chairman('Nguyễn Phú Trọng'), issueDate: '2006-06-29', effectiveDate: '2007-01-01', fields: ['Công nghệ thông tin'], site: 'bo-khcn', sharedWith: LOCAL },
  { number: '68/2006/QH11', type: 'luat', summary: 'Luật Tiêu chuẩn và quy chuẩn kỹ thuật', issuingBody: QH, signer: chairman('Nguyễn Phú Trọng'), issueDate: '2006-06-29', effectiveDate: '2007-01-01', fields: ['Tiêu chuẩn, đo lường, chất lượng'], site: 'bo-khcn' },
  { number: '05/2007/QH12', type: 'luat', summary: 'Luật Chất lượng sản phẩm, hàng hóa', issuingBody: QH, signer: chairman('Nguyễn Phú Trọng'), issueDate: '2007-11-21', effectiveDate: '2008-07-01', fields: ['Tiêu chuẩn, đo lường, chất lượng'], site: 'bo-khcn' },
  { number: '21/2008/QH12', type: 'luat', summary: 'Luật Công nghệ cao', issuingBody: QH, signer: chairman('Nguyễn Phú Trọng'), issueDate: '2008-11-13', effectiveDate: '2009-07-01', fields: ['Khoa học, công nghệ'], site: 'bo-khcn' },
  { number: '41/2009/QH12', type: 'luat', summary: 'Luật Viễn thông', issuingBody: QH, signer: chairman('Nguyễn Phú Trọng'), issueDate: '2009-11-23', effectiveDate: '2010-07-01', fields: ['Viễn thông'], site: 'bo-khcn' },
  { number: '49/2010/QH12', type: 'luat', summary: 'Luật Bưu chính', issuingBody: QH, signer: chairman('Nguyễn Phú Trọng'), issueDate: '2010-06-17', effectiveDate: '2011-01-01', fields: ['Bưu chính'], site: 'bo-khcn' },
  { number: '04/2011/QH13', type: 'luat', summary: 'Luật Đo lường', issuingBody: QH, signer: chairman('Nguyễn Sinh Hùng'), issueDate: '2011-11-11', effectiveDate: '2012-07-01', fields: ['Tiêu chuẩn, đo lường, chất lượng'], site: 'bo-khcn' },
  { number: '29/2013/QH13', type: 'luat', summary: 'Luật Khoa học và công nghệ', issuingBody: QH, signer: chairman('Nguyễn Sinh Hùng'), issueDate: '2013-06-18', effectiveDate: '2014-01-01', fields: ['Khoa học, công nghệ'], site: 'bo-khcn' },
  { number: '80/2015/QH13', type: 'luat', summary: 'Luật Ban hành văn bản quy phạm pháp luật', issuingBody: QH, signer: chairman('Nguyễn Sinh Hùng'), issueDate: '2015-06-22', effectiveDate: '2016-07-01', fields: ['Bộ máy hành chính'], site: 'bo-khcn' },
  { number: '86/2015/QH13', type: 'luat', summary: 'Luật An toàn thông tin mạng', issuingBody: QH, signer: chairman('Nguyễn Sinh Hùng'), issueDate: '2015-11-19', effectiveDate: '2016-07-01', fields: ['An toàn thông tin'], site: 'bo-khcn', sharedWith: LOCAL },
  { number: '104/2016/QH13', type: 'luat', summary: 'Luật Tiếp cận thông tin', issuingBody: QH, signer: chairman('Nguyễn Thị Kim Ngân'), issueDate: '2016-04-06', effectiveDate: '2018-07-01', fields: ['Bộ máy hành chính'], site: 'bo-khcn', sharedWith: LOCAL },
  { number: '07/2017/QH14', type: 'luat', summary: 'Luật Chuyển giao công nghệ', issuingBody: QH, signer: chairman('Nguyễn Thị Kim Ngân'), issueDate: '2017-06-19', effectiveDate: '2018-07-01', fields: ['Khoa học, công nghệ'], site: 'bo-khcn' },
  { number: '24/2018/QH14', type: 'luat', summary: 'Luật An ninh mạng', issuingBody: QH, signer: chairman('Nguyễn Thị Kim Ngân'), issueDate: '2018-06-12', effectiveDate: '2019-01-01', fields: ['An toàn thông tin'], site: 'bo-khcn' },
  {
    number: '20/2023/QH15',
    type: 'luat',
    summary: 'Luật Giao dịch điện tử',
    issuingBody: QH,
    signer: chairman('Vương Đình Huệ'),
    issueDate: '2023-06-22',
    effectiveDate: '2024-07-01',
    fields: ['Giao dịch điện tử'],
    relations: [{ kind: 'replaces', number: '51/2005/QH11' }],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },
  {
    number: '24/2023/QH15',
    type: 'luat',
    summary: 'Luật Viễn thông',
    issuingBody: QH,
    signer: chairman('Vương Đình Huệ'),
    issueDate: '2023-11-24',
    // Some provisions apply from 01/01/2024; the law as a whole from 01/07/2024.
    effectiveDate: '2024-07-01',
    fields: ['Viễn thông'],
    relations: [{ kind: 'replaces', number: '41/2009/QH12' }],
    site: 'bo-khcn',
  },
  { number: '60/2024/QH15', type: 'luat', summary: 'Luật Dữ liệu', issuingBody: QH, signer: chairman('Trần Thanh Mẫn'), issueDate: '2024-11-30', effectiveDate: '2025-07-01', fields: ['Dữ liệu', 'Chuyển đổi số'], site: 'bo-khcn', sharedWith: LOCAL },
  {
    number: '64/2025/QH15',
    type: 'luat',
    summary: 'Luật Ban hành văn bản quy phạm pháp luật',
    issuingBody: QH,
    signer: chairman('Trần Thanh Mẫn'),
    issueDate: '2025-02-19',
    effectiveDate: '2025-04-01',
    fields: ['Bộ máy hành chính'],
    relations: [{ kind: 'replaces', number: '80/2015/QH13' }],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },
  {
    number: '202/2025/QH15',
    type: 'nghi-quyet',
    summary: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh',
    issuingBody: QH,
    signer: chairman('Trần Thanh Mẫn'),
    // Adoption date from the domain reference (§0); the resolution applies from adoption.
    issueDate: '2025-06-12',
    effectiveDate: '2025-06-12',
    fields: ['Bộ máy hành chính'],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },
  { number: '72/2025/QH15', type: 'luat', summary: 'Luật Tổ chức chính quyền địa phương', issuingBody: QH, signer: chairman('Trần Thanh Mẫn'), issueDate: '2025-06-16', effectiveDate: '2025-07-01', fields: ['Bộ máy hành chính'], site: 'bo-khcn', sharedWith: LOCAL },
  // Effective 01/01/2026 (domain reference §4.3); the adoption date follows public reports.
  { number: '91/2025/QH15', type: 'luat', summary: 'Luật Bảo vệ dữ liệu cá nhân', issuingBody: QH, signer: chairman('Trần Thanh Mẫn'), issueDate: '2025-06-26', effectiveDate: '2026-01-01', fields: ['Dữ liệu'], site: 'bo-khcn', sharedWith: LOCAL },
  {
    number: '93/2025/QH15',
    type: 'luat',
    summary: 'Luật Khoa học, công nghệ và đổi mới sáng tạo',
    issuingBody: QH,
    signer: chairman('Trần Thanh Mẫn'),
    issueDate: '2025-06-27',
    // A few articles apply from 01/07/2025; the law as a whole from 01/10/2025.
    effectiveDate: '2025-10-01',
    fields: ['Khoa học, công nghệ', 'Đổi mới sáng tạo'],
    relations: [
      { kind: 'replaces', number: '29/2013/QH13' },
      // Điều 71 amends the Technology Transfer Law and the High Technology Law.
      { kind: 'amends', number: '07/2017/QH14' },
      { kind: 'amends', number: '21/2008/QH12' },
    ],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },
  // Passed 11/12/2025, in force 01/07/2026 (domain reference §0). Public reports say it replaces
  // the 2006 IT Law; that relation is not recorded until confirmed.
  { number: '148/2025/QH15', type: 'luat', summary: 'Luật Chuyển đổi số', issuingBody: QH, signer: chairman('Trần Thanh Mẫn'), issueDate: '2025-12-11', effectiveDate: '2026-07-01', fields: ['Chuyển đổi số'], site: 'bo-khcn', sharedWith: LOCAL },

  // Decrees and resolutions of the Government.
  // Effective 15 days after publication in the Gazette; the exact date is not recorded here.
  {
    number: '64/2007/NĐ-CP',
    type: 'nghi-dinh',
    summary: 'Về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước',
    issuingBody: CP,
    signer: pm('Nguyễn Tấn Dũng'),
    issueDate: '2007-04-10',
    fields: ['Công nghệ thông tin'],
    relations: [{ kind: 'guides', number: '67/2006/QH11' }],
    site: 'bo-khcn',
  },
  {
    number: '43/2011/NĐ-CP',
    type: 'nghi-dinh',
    summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    issuingBody: CP,
    signer: pm('Nguyễn Tấn Dũng'),
    issueDate: '2011-06-13',
    // The domain reference (§1.1) settles the issue date (13/06/2011) and the replacement by
    // 42/2022/NĐ-CP from 15/08/2022 (recorded on 42/2022). VERIFY: the effective date 01/08/2011
    // is recalled from the decree's final article, not given by the reference.
    effectiveDate: '2011-08-01',
    fields: ['Công nghệ thông tin', 'Dịch vụ công trực tuyến'],
    relations: [{ kind: 'guides', number: '67/2006/QH11' }],
    site: 'bo-khcn',
  },
  { number: '52/2015/NĐ-CP', type: 'nghi-dinh', summary: 'Về cơ sở dữ liệu quốc gia về pháp luật', issuingBody: CP, signer: pm('Nguyễn Tấn Dũng'), issueDate: '2015-05-28', effectiveDate: '2015-07-15', fields: ['Bộ máy hành chính'], site: 'bo-khcn' },
  {
    number: '34/2016/NĐ-CP',
    type: 'nghi-dinh',
    summary: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật',
    issuingBody: CP,
    signer: pm('Nguyễn Xuân Phúc'),
    issueDate: '2016-05-14',
    effectiveDate: '2016-07-01',
    fields: ['Bộ máy hành chính'],
    relations: [{ kind: 'guides', number: '80/2015/QH13' }],
    site: 'bo-khcn',
  },
  {
    number: '85/2016/NĐ-CP',
    type: 'nghi-dinh',
    summary: 'Về bảo đảm an toàn hệ thống thông tin theo cấp độ',
    issuingBody: CP,
    signer: pm('Nguyễn Xuân Phúc'),
    issueDate: '2016-07-01',
    effectiveDate: '2016-07-01',
    fields: ['An toàn thông tin'],
    relations: [{ kind: 'guides', number: '86/2015/QH13' }],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },
  {
    number: '61/2018/NĐ-CP',
    type: 'nghi-dinh',
    summary: 'Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    issuingBody: CP,
    signer: pm('Nguyễn Xuân Phúc'),
    issueDate: '2018-04-23',
    effectiveDate: '2018-06-21',
    fields: ['Cải cách hành chính'],
    site: 'bo-khcn',
  },
  {
    number: '130/2018/NĐ-CP',
    type: 'nghi-dinh',
    summary: 'Quy định chi tiết thi hành Luật Giao dịch điện tử về chữ ký số và dịch vụ chứng thực chữ ký số',
    issuingBody: CP,
    signer: pm('Nguyễn Xuân Phúc'),
    issueDate: '2018-09-27',
    effectiveDate: '2018-11-15',
    fields: ['Giao dịch điện tử'],
    relations: [{ kind: 'guides', number: '51/2005/QH11' }],
    site: 'bo-khcn',
  },
  { number: '30/2020/NĐ-CP', type: 'nghi-dinh', summary: 'Về công tác văn thư', issuingBody: CP, signer: pm('Nguyễn Xuân Phúc'), issueDate: '2020-03-05', effectiveDate: '2020-03-05', fields: ['Văn thư, lưu trữ'], site: 'bo-khcn', sharedWith: LOCAL },
  { number: '45/2020/NĐ-CP', type: 'nghi-dinh', summary: 'Về thực hiện thủ tục hành chính trên môi trường điện tử', issuingBody: CP, signer: pm('Nguyễn Xuân Phúc'), issueDate: '2020-04-08', effectiveDate: '2020-05-22', fields: ['Cải cách hành chính', 'Dịch vụ công trực tuyến'], site: 'bo-khcn', sharedWith: LOCAL },
  { number: '47/2020/NĐ-CP', type: 'nghi-dinh', summary: 'Về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước', issuingBody: CP, signer: pm('Nguyễn Xuân Phúc'), issueDate: '2020-04-09', effectiveDate: '2020-05-25', fields: ['Dữ liệu', 'Chuyển đổi số'], site: 'bo-khcn', sharedWith: LOCAL },
  {
    number: '42/2022/NĐ-CP',
    type: 'nghi-dinh',
    summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    issuingBody: CP,
    signer: deputyPm('Vũ Đức Đam'),
    issueDate: '2022-06-24',
    effectiveDate: '2022-08-15',
    fields: ['Công nghệ thông tin', 'Dịch vụ công trực tuyến'],
    relations: [
      { kind: 'replaces', number: '43/2011/NĐ-CP' },
      { kind: 'based-on', number: '67/2006/QH11' },
      { kind: 'based-on', external: { number: '76/2015/QH13', title: 'Luật Tổ chức Chính phủ' } },
    ],
    site: 'bo-khcn',
    sharedWith: LOCAL,
    demoFile: true,
  },
  // Not recorded: whether the 2025 Personal Data Protection Law's decrees replaced it.
  { number: '13/2023/NĐ-CP', type: 'nghi-dinh', summary: 'Bảo vệ dữ liệu cá nhân', issuingBody: CP, signer: deputyPm('Trần Lưu Quang'), issueDate: '2023-04-17', effectiveDate: '2023-07-01', fields: ['Dữ liệu'], site: 'bo-khcn', sharedWith: LOCAL },
  {
    number: '78/2025/NĐ-CP',
    type: 'nghi-dinh',
    summary: 'Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật',
    issuingBody: CP,
    // VERIFY: date, title wording and the replacement of 34/2016 follow the domain reference
    // (§0: guides the 2025 law, in force with it on 01/04/2025) and public reports.
    issueDate: '2025-04-01',
    effectiveDate: '2025-04-01',
    fields: ['Bộ máy hành chính'],
    relations: [
      { kind: 'guides', number: '64/2025/QH15' },
      { kind: 'replaces', number: '34/2016/NĐ-CP' },
    ],
    site: 'bo-khcn',
  },
  {
    number: '118/2025/NĐ-CP',
    type: 'nghi-dinh',
    summary: 'Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    issuingBody: CP,
    issueDate: '2025-06-09',
    // VERIFY: effective 01/07/2025 with the two-tier local government, and the replacement of
    // 61/2018 (public reports; domain reference §3.2 gives only the issue date).
    effectiveDate: '2025-07-01',
    fields: ['Cải cách hành chính'],
    relations: [{ kind: 'replaces', number: '61/2018/NĐ-CP' }],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },
  { number: '36a/NQ-CP', type: 'nghi-quyet', summary: 'Về Chính phủ điện tử', issuingBody: CP, signer: pm('Nguyễn Tấn Dũng'), issueDate: '2015-10-14', fields: ['Chính phủ điện tử'], site: 'bo-khcn' },
  {
    number: '19-2017/NQ-CP',
    type: 'nghi-quyet',
    summary: 'Về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2017, định hướng đến năm 2020',
    issuingBody: CP,
    signer: pm('Nguyễn Xuân Phúc'),
    issueDate: '2017-02-06',
    fields: ['Cải cách hành chính'],
    site: 'bo-khcn',
  },
  {
    number: '17/NQ-CP',
    type: 'nghi-quyet',
    summary: 'Về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025',
    issuingBody: CP,
    signer: pm('Nguyễn Xuân Phúc'),
    issueDate: '2019-03-07',
    fields: ['Chính phủ điện tử'],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },

  // Decisions and directives of the Prime Minister.
  // VERIFY: title and date of 43/2008/QĐ-TTg recalled from the annual IT plan series, not the text.
  { number: '43/2008/QĐ-TTg', type: 'quyet-dinh', summary: 'Phê duyệt Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2008', issuingBody: TTG, issueDate: '2008-03-24', fields: ['Công nghệ thông tin'], site: 'bo-khcn' },
  { number: '1605/QĐ-TTg', type: 'quyet-dinh', summary: 'Phê duyệt Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2011 - 2015', issuingBody: TTG, signer: { title: 'Thủ tướng', name: 'Nguyễn Tấn Dũng' }, issueDate: '2010-08-27', fields: ['Công nghệ thông tin'], site: 'bo-khcn' },
  // Effective date not recorded (the decision sets it 45 days after signing).
  { number: '45/2016/QĐ-TTg', type: 'quyet-dinh', summary: 'Về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích', issuingBody: TTG, issueDate: '2016-10-19', fields: ['Cải cách hành chính', 'Bưu chính'], site: 'bo-khcn', sharedWith: LOCAL },
  { number: '16/CT-TTg', type: 'chi-thi', summary: 'Về việc tăng cường năng lực tiếp cận cuộc Cách mạng công nghiệp lần thứ 4', issuingBody: TTG, signer: { title: 'Thủ tướng', name: 'Nguyễn Xuân Phúc' }, issueDate: '2017-05-04', fields: ['Khoa học, công nghệ'], site: 'bo-khcn' },
  { number: '749/QĐ-TTg', type: 'quyet-dinh', summary: 'Phê duyệt "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"', issuingBody: TTG, signer: { title: 'Thủ tướng', name: 'Nguyễn Xuân Phúc' }, issueDate: '2020-06-03', fields: ['Chuyển đổi số'], site: 'bo-khcn', sharedWith: LOCAL },
  { number: '942/QĐ-TTg', type: 'quyet-dinh', summary: 'Phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030', issuingBody: TTG, signer: deputyPm('Vũ Đức Đam'), issueDate: '2021-06-15', fields: ['Chính phủ điện tử', 'Chuyển đổi số'], site: 'bo-khcn', sharedWith: LOCAL },
  {
    number: '06/QĐ-TTg',
    type: 'quyet-dinh',
    summary: 'Phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030',
    issuingBody: TTG,
    signer: { title: 'Thủ tướng', name: 'Phạm Minh Chính' },
    issueDate: '2022-01-06',
    fields: ['Chuyển đổi số', 'Dữ liệu'],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },
  { number: '411/QĐ-TTg', type: 'quyet-dinh', summary: 'Phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030', issuingBody: TTG, signer: deputyPm('Vũ Đức Đam'), issueDate: '2022-03-31', fields: ['Chuyển đổi số'], site: 'bo-khcn' },
  {
    number: '766/QĐ-TTg',
    type: 'quyet-dinh',
    summary: 'Phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử',
    issuingBody: TTG,
    issueDate: '2022-06-23',
    fields: ['Cải cách hành chính', 'Dịch vụ công trực tuyến'],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },

  // Circulars and decisions of the former Ministry of Information and Communications.
  // The domain reference (§1.4) settles the validity: in force 02/11/2009 until 26/2020/TT-BTTTT
  // replaced it on 01/01/2021 (recorded on 26/2020). VERIFY: the issue date 14/09/2009.
  { number: '28/2009/TT-BTTTT', type: 'thong-tu', summary: 'Quy định việc áp dụng tiêu chuẩn, công nghệ hỗ trợ người khuyết tật tiếp cận, sử dụng công nghệ thông tin và truyền thông', issuingBody: BTTTT, issueDate: '2009-09-14', effectiveDate: '2009-11-02', fields: ['Công nghệ thông tin', 'Hỗ trợ người khuyết tật'], site: 'bo-khcn' },
  {
    number: '26/2020/TT-BTTTT',
    type: 'thong-tu',
    summary: 'Quy định việc áp dụng tiêu chuẩn, công nghệ hỗ trợ người khuyết tật tiếp cận, sử dụng sản phẩm, dịch vụ thông tin và truyền thông',
    issuingBody: BTTTT,
    issueDate: '2020-09-23',
    effectiveDate: '2021-01-01',
    fields: ['Công nghệ thông tin', 'Hỗ trợ người khuyết tật'],
    relations: [{ kind: 'replaces', number: '28/2009/TT-BTTTT' }],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },
  // Title per public summaries of the circular (domain reference §1.1 gives dates).
  {
    number: '22/2023/TT-BTTTT',
    type: 'thong-tu',
    summary: 'Quy định cấu trúc, bố cục, yêu cầu kỹ thuật cho cổng thông tin điện tử và trang thông tin điện tử của cơ quan nhà nước',
    issuingBody: BTTTT,
    signer: { title: 'Bộ trưởng', name: 'Nguyễn Mạnh Hùng' },
    issueDate: '2023-12-31',
    effectiveDate: '2024-04-05',
    fields: ['Công nghệ thông tin', 'Cổng thông tin điện tử'],
    relations: [{ kind: 'guides', number: '42/2022/NĐ-CP' }],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },
  // The date is settled by the domain reference (§1.5: 922/QĐ-BTTTT of 20/05/2022 updated the DTI
  // scheme of 1726/QĐ-BTTTT, which the demo does not hold). VERIFY: the title wording.
  {
    number: '922/QĐ-BTTTT',
    type: 'quyet-dinh',
    summary: 'Phê duyệt Đề án "Xác định Bộ chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các tỉnh, thành phố trực thuộc trung ương và quốc gia"',
    issuingBody: BTTTT,
    issueDate: '2022-05-20',
    fields: ['Chuyển đổi số'],
    site: 'bo-khcn',
    sharedWith: LOCAL,
  },
]
