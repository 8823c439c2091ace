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

    /// The stop words and pairs by the FNV-1a hash of their bytes, which `scan` checks without
    /// making a String of each word.
    private static let stopHashes: Set<UInt64> = Set((Array(stopWords) + Array(stopPairs)).map { FNV1a.hash($0.utf8) })

    /// One bit per stop hash's low ten bits: most words are ruled out by their bit, without the
    /// set's hashing (every word of every story and requirement is checked).
    private static let stopBits: [UInt64] = stopHashes.reduce(into: Array(repeating: 0, count: 16)) { bits, hash in
        bits[Int((hash >> 6) & 15)] |= 1 << (hash & 63)
    }

    static func isStop(_ hash: UInt64) -> Bool {
        stopBits[Int((hash >> 6) & 15)] & (1 << (hash & 63)) != 0 && stopHashes.contains(hash)
    }

    /// The significant words of `text` in order, repeats included. Letters and digits of any
    /// script make words; ASCII is lower-cased byte by byte, the rest through `lowercased()`.
    static func of(_ text: String) -> [String] {
        var words: [String] = []
        scan(text) { bytes, _ in words.append(String(decoding: bytes, as: UTF8.self)) }
        return words
    }

    /// The words `of(text)` gives, each as the FNV-1a hash of its bytes: for comparing large
    /// texts' words without making a String of each.
    static func hashes(of text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        scan(text) { _, hash in hashes.append(hash) }
        return hashes
    }

    /// Calls `word` with the bytes of each significant word of `text`, in order, and their
    /// FNV-1a hash: hashed once, as the bytes are gathered, for the stop words and the caller.
    private static func scan(_ text: String, word: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            var scanner = SignificantWordScanner(utf8: utf8)
            scanner.scan(word)
        }
    }

    /// Ideographs (CJK unified, extension A, compatibility), katakana and the long-vowel mark,
    /// and hangul syllables: the scripts whose runs are matched by character pairs.
    static func isPairScript(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0x30A1...0x30FC).contains(value) || (0xAC00...0xD7A3).contains(value)
    }
}
