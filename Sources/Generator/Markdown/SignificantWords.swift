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

    private static func isStop(_ hash: UInt64) -> Bool {
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
        text.withUTF8 { scan($0, word: word) }
    }

    /// `scan` over the text's UTF-8: ASCII, most of a spec, is read byte by byte; only other
    /// scalars are decoded.
    private static func scan(_ utf8: UnsafeBufferPointer<UInt8>, word: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) {
        var current: [UInt8] = []
        var length = 0
        // The hash of `current`, and of `current` without its last byte (a plural `s` removed).
        var hash = FNV1a()
        var hashBeforeLast = FNV1a()
        var run: [Unicode.Scalar] = []
        var pair: [UInt8] = []
        func append(_ byte: UInt8) {
            current.append(byte)
            hashBeforeLast = hash
            hash.add(byte)
        }
        func flush() {
            defer {
                current.removeAll(keepingCapacity: true)
                length = 0
                hash = FNV1a()
            }
            guard length >= 3 else { return }
            // No stop word is longer than eight bytes.
            guard current.count > 8 || !isStop(hash.value) else { return }
            let plural = length > 4 && current.last == 115 && current[current.count - 2] != 115
            let count = plural ? current.count - 1 : current.count
            current.withUnsafeBufferPointer {
                word(UnsafeBufferPointer(rebasing: $0[..<count]), plural ? hashBeforeLast.value : hash.value)
            }
        }
        func flushRun() {
            guard run.count >= 2 else {
                run.removeAll(keepingCapacity: true)
                return
            }
            for index in 1..<run.count {
                pair.removeAll(keepingCapacity: true)
                UTF8.encode(run[index - 1]) { pair.append($0) }
                UTF8.encode(run[index]) { pair.append($0) }
                let pairHash = FNV1a.hash(pair)
                if !isStop(pairHash) { pair.withUnsafeBufferPointer { word($0, pairHash) } }
            }
            run.removeAll(keepingCapacity: true)
        }
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x80 {
                i += 1
                if !run.isEmpty { flushRun() }
                if (97...122).contains(byte) || (48...57).contains(byte) {
                    append(byte)
                    length += 1
                } else if (65...90).contains(byte) {
                    append(byte + 32)
                    length += 1
                } else {
                    flush()
                }
                continue
            }
            let (scalar, size) = WordHasher.decode(utf8, at: i)
            i += size
            let value = scalar.value
            if Self.isPairScript(value) {
                flush()
                run.append(scalar)
            } else if let base = LatinFolding.base(of: value) {
                if !run.isEmpty { flushRun() }
                append(base)
                length += 1
            } else if PlainText.isWordScalar(scalar) {
                if !run.isEmpty { flushRun() }
                for byte in String(scalar).lowercased().utf8 { append(byte) }
                length += 1
            } else {
                flush()
                flushRun()
            }
        }
        flush()
        flushRun()
    }

    /// Ideographs (CJK unified, extension A, compatibility), katakana and the long-vowel mark,
    /// and hangul syllables: the scripts whose runs are matched by character pairs.
    static func isPairScript(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0x30A1...0x30FC).contains(value) || (0xAC00...0xD7A3).contains(value)
    }
}
