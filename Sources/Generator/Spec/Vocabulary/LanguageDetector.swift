/// Tells the language of a spec from its prose, in one pass: kana means Japanese, Hangul
/// Korean, Chinese characters without kana Chinese, when CJK characters outweigh Latin words;
/// otherwise the Latin language whose function words ("the", "der", "los", "não", "les") and
/// heading words occur most. Code blocks, inline code, HTML comments (where the template's
/// English guidance hides in translated specs) and links are skipped.
public enum LanguageDetector {
    /// Frequent short words that tell Latin languages apart; a word may count for several.
    static let functionWords: [(SpecLanguage, [String])] = [
        (
            .english,
            [
                "the", "and", "of", "to", "is", "are", "be", "with", "for", "that", "this", "when", "must", "should",
                "will", "can",
                "from", "by", "an", "it", "on", "or", "not", "which", "has", "have", "its", "their", "into",
            ]
        ),
        (
            .spanish,
            [
                "el", "la", "los", "las", "del", "que", "y", "en", "un", "una", "por", "para", "con", "es", "se", "al",
                "como",
                "debe", "cuando", "su", "sus", "lo", "más", "pero", "este", "esta", "sin", "puede",
            ]
        ),
        (
            .portuguese,
            [
                "o", "os", "as", "do", "da", "dos", "das", "que", "e", "em", "um", "uma", "para", "com", "não", "no",
                "na",
                "é", "deve", "quando", "ao", "seu", "sua", "pelo", "pela", "são", "ou", "pode",
            ]
        ),
        (
            .french,
            [
                "le", "la", "les", "des", "du", "un", "une", "et", "est", "que", "qui", "pour", "dans", "en", "au",
                "aux", "avec",
                "sur", "pas", "doit", "quand", "ce", "cette", "son", "sa", "ses", "sont", "par", "peut",
            ]
        ),
        (
            .german,
            [
                "der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "einen", "zu", "von",
                "für", "auf",
                "im", "wird", "muss", "wenn", "des", "sich", "auch", "werden", "oder", "bei", "kann",
            ]
        ),
    ]

    static let latinLanguages: [SpecLanguage] = [.english, .spanish, .portuguese, .french, .german]

    /// Folded word hash -> bit set of `latinLanguages`, in an open-addressing table probed by
    /// the hash's own bits (a `Dictionary` would hash the hash again, per word of the spec).
    static let wordTable: HashedWordTable = {
        var table = HashedWordTable()
        for (language, words) in functionWords {
            guard let index = latinLanguages.firstIndex(of: language) else { continue }
            let bit = UInt8(1) << UInt8(index)
            for word in words {
                var hash = WordHash()
                for scalar in FoldedScalars.folded(word).unicodeScalars { hash.add(scalar) }
                table.insert(bit, for: hash.value)
            }
        }
        return table
    }()

    public static func language(of spec: String) -> SpecLanguage {
        var spec = spec
        // On the text's own buffer: no copy of the spec, no bounds check per byte.
        return spec.withUTF8 { language(ofUTF8: $0) }
    }

    private static func language(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> SpecLanguage {
        var counts = Counts()
        var inFence = false
        var inComment = false
        var headings: [Range<Int>] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var start = lineStart
            while start < lineEnd, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
            let body = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
            // Fences and comments by their first byte first: most lines open with neither.
            let first = body.first ?? 0
            if first == 96 || first == 126, body.starts(with: fence) || body.starts(with: tildeFence) {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if inComment || (first == 60 && body.starts(with: commentOpen)) {
                inComment = !contains(body, commentClose)
                continue
            }
            if first == 35 { headings.append(start..<lineEnd) }
            counts.scan(body)
        }
        // Headings break ties: read only when the prose leaves the Latin languages close, and
        // not when Chinese, Japanese or Korean characters already decide (they weigh no heading).
        if counts.isClose, !counts.isDecidedByCJK {
            for range in headings {
                for language in SectionClassifier.standard.languages(
                    ofHeading: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                {
                    counts.add(language, weight: language == .english ? 1 : 3)
                }
            }
        }
        return counts.verdict()
    }

    private static let fence = Array("```".utf8)
    private static let tildeFence = Array("~~~".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] {
            if UnsafeBufferPointer(rebasing: bytes[i..<(i + needle.count)]).elementsEqual(needle) { return true }
        }
        return false
    }

    /// What one pass over the text has seen.
    struct Counts {
        var han = 0
        var kana = 0
        var hangul = 0
        var latinWords = 0
        var latin: [Int] = Array(repeating: 0, count: 5)

        mutating func add(_ language: SpecLanguage, weight: Int) {
            if let index = LanguageDetector.latinLanguages.firstIndex(of: language) { latin[index] += weight }
        }

        /// One line's bytes: ASCII read as is, other characters decoded, inline code and link
        /// targets skipped.
        mutating func scan(_ line: UnsafeBufferPointer<UInt8>) {
            var hash = WordHash()
            var inCode = false
            var skipToken = false
            var i = 0
            while i < line.count {
                let byte = line[i]
                if byte < 0x80 {
                    i += 1
                    if byte == 96 {
                        inCode.toggle()
                        endWord(&hash)
                        continue
                    }
                    if inCode { continue }
                    switch byte {
                    case 65...90: if !skipToken { hash.add(Unicode.Scalar(byte + 32)) }
                    case 97...122, 48...57: if !skipToken { hash.add(Unicode.Scalar(byte)) }
                    case 32, 9:
                        skipToken = false
                        endWord(&hash)
                    default:
                        // A link or path: its words are not prose.
                        if byte == 58 || byte == 47, hash.length > 0 { skipToken = true }
                        endWord(&hash)
                    }
                    continue
                }
                let (value, width) = UTF8Scan.scalar(in: line, at: i)
                i += width
                if inCode { continue }
                switch value {
                case 0x3040...0x30FF:
                    kana += 1
                    endWord(&hash)
                case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF:
                    han += 1
                    endWord(&hash)
                case 0xAC00...0xD7AF:
                    hangul += 1
                    endWord(&hash)
                case 0xC0...0x17F where value != 0xD7 && value != 0xF7:
                    if !skipToken, let scalar = Unicode.Scalar(value) { hash.add(FoldedScalars.fold(scalar)) }
                default: endWord(&hash)
                }
            }
            endWord(&hash)
        }

        private mutating func endWord(_ hash: inout WordHash) {
            guard hash.length > 0 else { return }
            latinWords += 1
            if let bits = LanguageDetector.wordTable.bits(for: hash.value) {
                for index in 0..<5 where bits & (1 << UInt8(index)) != 0 { latin[index] += 1 }
            }
            hash = WordHash()
        }

        /// Whether no Latin language leads by 20 words and twice the next one's count.
        var isClose: Bool {
            let sorted = latin.sorted(by: >)
            return sorted[0] < 20 || sorted[0] < 2 * sorted[1]
        }

        /// Enough CJK characters, against the Latin words, for the verdict to be a CJK language
        /// whatever the Latin counts are.
        var isDecidedByCJK: Bool {
            let cjk = han + kana + hangul
            return cjk >= 20 && cjk >= latinWords
        }

        func verdict() -> SpecLanguage {
            let cjk = han + kana + hangul
            let best = latin.indices.max { latin[$0] < latin[$1] || (latin[$0] == latin[$1] && $0 > $1) } ?? 0
            if isDecidedByCJK || (cjk > 0 && latin[best] == 0) {
                if hangul > han + kana { return .korean }
                if kana > 0, kana * 10 >= han { return .japanese }
                return .chinese
            }
            return latin[best] > 0 ? LanguageDetector.latinLanguages[best] : .other
        }
    }
}
