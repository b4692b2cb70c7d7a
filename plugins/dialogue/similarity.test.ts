import { describe, expect, it } from 'vitest'

import { features, mostSimilar, searchKey, similarity } from './similarity'

const sim = (a: string, b: string) => similarity(features(a), features(b))

describe('Vietnamese question similarity', () => {
  it('ignores diacritics, đ, case and courtesy words', () => {
    expect(sim('Xin hỏi thủ tục đăng ký kinh doanh hộ gia đình?', 'thu tuc dang ky kinh doanh ho gia dinh')).toBeGreaterThan(0.85)
    expect(searchKey('Kính gửi, cho tôi hỏi về ĐẤT ĐAI ạ')).toBe('dat dai')
  })

  it('ranks a rephrased duplicate above a question on another subject', () => {
    const asked = 'Giấy tờ đã số hóa thì có dùng được bản điện tử cho thủ tục lần sau không?'
    const same = 'Kết quả giải quyết thủ tục đã được số hóa thì tôi có được dùng bản điện tử để làm thủ tục khác không?'
    const other = 'Khi nộp lệ phí trực tuyến mà tài khoản bị trừ tiền thì phải làm gì?'
    expect(sim(asked, same)).toBeGreaterThan(sim(asked, other) + 0.2)
  })

  it('counts matching accents a little extra', () => {
    const exact = sim('đường giao thông nông thôn', 'đường giao thông nông thôn')
    const folded = sim('đường giao thông nông thôn', 'dương giao thông nông thôn')
    expect(exact).toBeGreaterThan(folded)
  })

  it('returns the best candidates first, above the threshold only', () => {
    const target = features('Thủ tục cấp đổi căn cước công dân trực tuyến')
    const candidates = [
      'Cấp đổi thẻ căn cước công dân có làm trực tuyến được không',
      'Hỗ trợ hợp tác xã bán nông sản trên sàn thương mại điện tử',
      'Thủ tục cấp đổi căn cước',
    ].map((text, i) => ({ item: i, features: features(text) }))
    const best = mostSimilar(target, candidates, 5, 0.2)
    expect(best.map((b) => b.item).sort()).toEqual([0, 2])
    expect(best[0]!.score).toBeGreaterThanOrEqual(best[1]!.score)
  })

  it('scans 20,000 questions quickly', () => {
    const pool = Array.from({ length: 20_000 }, (_, i) => ({ item: i, features: features(`Câu hỏi số ${i} về thủ tục hành chính đất đai xây dựng thuế phí ${i % 97}`) }))
    const started = performance.now()
    mostSimilar(features('Thủ tục đất đai và thuế phí xây dựng'), pool)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
