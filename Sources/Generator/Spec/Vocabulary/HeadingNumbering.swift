/// The numbering that may open a heading, in the forms of every language of the vocabulary:
/// `1.`, `1.2`, `1.2.`, `1)`, `(1)`, `(a)`, `iv.`, `a)`, `§2`, `第一章`, `第3节`, `一、`, `1、`,
/// `（一）`, `제1장`. A number that is part of the title (`3D graphics`, `2026-08-04 review`,
/// `Phase 1`) is no numbering. Works on the lower-cased, full-width-folded title.
enum HeadingNumbering {
    static let chineseNumerals: Set<Unicode.Scalar> = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇", "两",
    ]
    static let chineseUnits: Set<Unicode.Scalar> = ["章", "节", "節", "部", "篇", "条", "條", "回", "项", "項", "步"]
    private static let romanDigits: Set<Unicode.Scalar> = ["i", "v", "x", "l", "c"]

    /// Where the title starts after its numbering; nil when it has none.
    static func end(of s: [Unicode.Scalar]) -> Int? {
        guard let first = s.first else { return nil }
        if isDigit(s, 0) { return decimalEnd(s) }
        switch first {
        case "(": return parenthesisedEnd(s)
        case "§": return sectionEnd(s)
        case "第": return chapterEnd(s)
        case "제": return koreanChapterEnd(s)
        default: break
        }
        if chineseNumerals.contains(first) { return chineseListEnd(s) }
        return letterEnd(s)
    }

    private static func isDigit(_ s: [Unicode.Scalar], _ k: Int) -> Bool { k < s.count && ("0"..."9").contains(s[k]) }

    /// A numbering mark must be followed by a space.
    private static func afterMark(_ s: [Unicode.Scalar], _ k: Int) -> Int? {
        k < s.count && s[k] == " " ? k + 1 : nil
    }

    /// `1.`, `1)`, `1.2`, `1.2.`, `1、`.
    private static func decimalEnd(_ s: [Unicode.Scalar]) -> Int? {
        var k = 0
        var levels = 1
        while isDigit(s, k) { k += 1 }
        while k + 1 < s.count, s[k] == ".", isDigit(s, k + 1) {
            k += 1
            levels += 1
            while isDigit(s, k) { k += 1 }
        }
        guard k < s.count else { return nil }
        if s[k] == "." || s[k] == ")" { return afterMark(s, k + 1) }
        if s[k] == "、" { return k + 1 }
        return levels > 1 ? afterMark(s, k) : nil
    }

    /// `(1)`, `(a)`, `(iv)`, `（一）`.
    private static func parenthesisedEnd(_ s: [Unicode.Scalar]) -> Int? {
        guard s.count > 2 else { return nil }
        var k = 1
        if isDigit(s, k) {
            while isDigit(s, k) { k += 1 }
        } else if chineseNumerals.contains(s[k]) {
            while k < s.count, chineseNumerals.contains(s[k]) { k += 1 }
        } else if ("a"..."z").contains(s[k]) {
            while k < s.count, k < 5, s[k] == "i" || s[k] == "v" || s[k] == "x" { k += 1 }
            if k == 1 { k = 2 }
        }
        guard k > 1, k < s.count, s[k] == ")" else { return nil }
        if k + 1 < s.count, WritingScript(s[k + 1]).isCJK { return k + 1 }
        return afterMark(s, k + 1)
    }

    /// `§ 4`, `§4.1`.
    private static func sectionEnd(_ s: [Unicode.Scalar]) -> Int? {
        var k = 1
        while k < s.count, s[k] == " " || s[k] == "." || isDigit(s, k) { k += 1 }
        return k > 1 ? k : nil
    }

    /// `第一章`, `第3节`, then an optional `、` `:` `.` or space.
    private static func chapterEnd(_ s: [Unicode.Scalar]) -> Int? {
        var k = 1
        while k < s.count, isDigit(s, k) || chineseNumerals.contains(s[k]) { k += 1 }
        guard k > 1, k < s.count, chineseUnits.contains(s[k]) else { return nil }
        k += 1
        if k < s.count, s[k] == "、" || s[k] == ":" || s[k] == "." || s[k] == " " { k += 1 }
        return k
    }

    /// `一、`, `十二.`.
    private static func chineseListEnd(_ s: [Unicode.Scalar]) -> Int? {
        var k = 0
        while k < s.count, chineseNumerals.contains(s[k]) { k += 1 }
        return k < s.count && (s[k] == "、" || s[k] == "." || s[k] == "．") ? k + 1 : nil
    }

    /// `제1장`, `제 2 절`.
    private static func koreanChapterEnd(_ s: [Unicode.Scalar]) -> Int? {
        var k = 1
        while k < s.count, s[k] == " " || isDigit(s, k) { k += 1 }
        return k > 1 && k < s.count && (s[k] == "장" || s[k] == "절") ? k + 1 : nil
    }

    /// `a)`, `b.`, `iv.`, `xii)`: one letter, or a Roman numeral, then `.` or `)` and a space.
    private static func letterEnd(_ s: [Unicode.Scalar]) -> Int? {
        var k = 0
        while k < s.count, k < 6, romanDigits.contains(s[k]) { k += 1 }
        if k == 0, let first = s.first, ("a"..."z").contains(first) { k = 1 }
        guard k > 0, k + 1 < s.count, s[k] == "." || s[k] == ")", s[k + 1] == " " else { return nil }
        return k + 2
    }
}
