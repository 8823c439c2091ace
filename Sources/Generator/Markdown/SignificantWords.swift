/// The words of a text that say what it is about, for matching requirements to the stories and
/// topics they belong to: lower-cased, accents folded, at least three letters, stop words left
/// out, a plural `s` removed.
///
/// Chinese, Japanese and Korean write no spaces between words, so a run of ideographs, katakana
/// or hangul is one "word" to a splitter and two texts about the same thing rarely share one.
/// Such runs give their overlapping character pairs instead ("导出报表" → 导出, 出报, 报表),
/// which two sentences about exports do share; hiragana, mostly particles and endings, separate
/// runs. Latin letters with accents are folded to their base letter so that "relatório" in a
/// story matches "relatorio" in a requirement.
enum SignificantWords {
    private static let stopWords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "from", "into", "are", "can", "must", "should",
        "will", "shall", "may", "have", "has", "not", "all", "any", "each", "when", "then", "given",
        "their", "they", "them", "its", "via", "than", "other", "such", "been", "also", "only",
        "system", "user", "users", "able", "support", "supports", "provide", "allow", "allows",
        "feature", "new", "existing", "without", "within", "where", "which", "while", "more", "most",
        "both", "using", "used", "use", "what", "how", "one", "two", "per", "own",
    ]

    /// Character pairs every requirement of a CJK spec uses ("must", "system", "user", "support"):
    /// they say nothing about which story a requirement belongs to.
    private static let stopPairs: Set<String> = [
        "必須", "必须", "系統", "系统", "應該", "应该", "需要", "可以", "能夠", "能够", "使用", "用者", "用戶", "用户",
        "支援", "支持", "提供", "功能", "時候", "时候", "如果", "場合", "機能", "必要", "ユー", "ーザ", "ザー", "シス",
        "ステ", "テム", "사용", "용자", "시스", "스템", "해야", "합니",
    ]

    /// The significant words of `text` in order, repeats included. Letters and digits of any
    /// script make words; ASCII is lower-cased byte by byte, the rest through `lowercased()`.
    static func of(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var length = 0
        var run: [Unicode.Scalar] = []
        func flush() {
            defer {
                current.removeAll(keepingCapacity: true)
                length = 0
            }
            guard length >= 3 else { return }
            var word = String(decoding: current, as: UTF8.self)
            guard !stopWords.contains(word) else { return }
            if length > 4, current.last == 115, current[current.count - 2] != 115 { word.removeLast() }
            words.append(word)
        }
        func flushRun() {
            guard run.count >= 2 else {
                run.removeAll(keepingCapacity: true)
                return
            }
            for index in 1..<run.count {
                var pair = String.UnicodeScalarView()
                pair.append(run[index - 1])
                pair.append(run[index])
                let word = String(pair)
                if !stopPairs.contains(word) { words.append(word) }
            }
            run.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if !run.isEmpty { flushRun() }
                let byte = UInt8(value)
                if (97...122).contains(byte) || (48...57).contains(byte) {
                    current.append(byte)
                    length += 1
                } else if (65...90).contains(byte) {
                    current.append(byte + 32)
                    length += 1
                } else {
                    flush()
                }
            } else if Self.isPairScript(value) {
                flush()
                run.append(scalar)
            } else if let base = LatinFolding.base(of: value) {
                if !run.isEmpty { flushRun() }
                current.append(base)
                length += 1
            } else if PlainText.isWordScalar(scalar) {
                if !run.isEmpty { flushRun() }
                current += Array(String(scalar).lowercased().utf8)
                length += 1
            } else {
                flush()
                flushRun()
            }
        }
        flush()
        flushRun()
        return words
    }

    /// Ideographs (CJK unified, extension A, compatibility), katakana and the long-vowel mark,
    /// and hangul syllables: the scripts whose runs are matched by character pairs.
    static func isPairScript(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0x30A1...0x30FC).contains(value) || (0xAC00...0xD7A3).contains(value)
    }
}
