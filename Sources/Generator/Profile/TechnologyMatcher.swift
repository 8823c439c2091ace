/// Finds technology names in text in one pass, under the rules of ``MatchRule``.
///
/// Every spelling is indexed by its first two folded bytes, so each word start costs one table
/// lookup and a few byte comparisons; no regular expression, no scan per technology. Names that
/// need context ("Go", "Teams") are held per line and decided when the line ends, from their
/// neighbours: a version, a companion word, a stack cell, a list of other technologies, or CJK
/// text around them.
struct TechnologyMatcher: Sendable {
    struct Entry: Sendable {
        let technology: Int
        let lower: [UInt8]
        let cased: [UInt8]
        let rule: MatchRule
        /// A package name, recognised only inside `inline code`.
        let codeOnly: Bool
    }

    private let entries: [Entry]
    /// Each entry's length and third byte (0 when shorter), read apart from the entry: most
    /// entries of a bucket fail on them, and are ruled out without copying their arrays.
    private let lengths: [Int]
    private let thirdBytes: [UInt8]
    /// For each two-byte key, where its entries start in `entries` (one extra slot at the end).
    private let bucketStart: [Int32]
    /// Most words of a text start no spelling, and are passed over without a lookup: by their
    /// first two bytes when a spelling of one or two bytes starts so (`shortSpellings`, by the
    /// bucket's key), else by the hash of their first three bytes (`longSpellings`).
    private let shortSpellings: [Bool]
    private let longSpellings: [Bool]
    /// Spellings in Chinese or Japanese ("微信", "飞书"), by their first character's three UTF-8 bytes.
    private let cjkEntries: [UInt32: [(bytes: [UInt8], technology: Int)]]
    /// Whether a CJK spelling starts with a character whose last two UTF-8 bytes are these (the
    /// index): nearly every character of a Chinese text starts none, and is passed over without
    /// hashing it for `cjkEntries`.
    private let cjkSecondBytes: [Bool]

    init(_ technologies: [Technology]) {
        var keyed: [(key: Int, entry: Entry)] = []
        var cjk: [(bytes: [UInt8], technology: Int)] = []
        var seen = Set<[UInt8]>()
        for (index, technology) in technologies.enumerated() {
            for spelling in technology.spellings where spelling.rule != .displayOnly {
                let bytes = Array(spelling.text.utf8)
                if bytes.contains(where: { $0 >= 0x80 }) {
                    // Searched only in texts with a CJK character (`FoldedText.hasCJK`): it must start with one.
                    assert(spelling.text.unicodeScalars.first.map { FoldedText.fold($0.value) } == FoldedText.cjk)
                    cjk.append((bytes, index))
                    continue
                }
                let entry = Entry(
                    technology: index, lower: bytes.map(ByteString.lowercased), cased: bytes,
                    rule: spelling.rule, codeOnly: false)
                seen.insert(entry.lower + [0, UInt8(truncatingIfNeeded: index)])
                keyed.append((TechnologyMatcher.key(entry.lower), entry))
            }
            for package in technology.packages where TechnologyMatcher.isCodeAlias(package) {
                let lower = Array(package.name.utf8).map(ByteString.lowercased)
                guard seen.insert(lower + [0, UInt8(truncatingIfNeeded: index)]).inserted else { continue }
                keyed.append(
                    (
                        TechnologyMatcher.key(lower),
                        Entry(technology: index, lower: lower, cased: lower, rule: .anyCase, codeOnly: true)
                    ))
            }
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.entry.lower.count > $1.entry.lower.count }
        var starts = [Int32](repeating: 0, count: 65537)
        for (key, _) in keyed { starts[key + 1] += 1 }
        for k in 1..<starts.count { starts[k] += starts[k - 1] }
        entries = keyed.map(\.entry)
        lengths = entries.map(\.lower.count)
        thirdBytes = entries.map { $0.lower.count > 2 ? $0.lower[2] : 0 }
        bucketStart = starts
        var short = [Bool](repeating: false, count: 65536)
        var long = [Bool](repeating: false, count: 65536)
        for (key, entry) in keyed {
            if entry.lower.count > 2 {
                long[TechnologyMatcher.prefixHash(entry.lower[0], entry.lower[1], entry.lower[2])] = true
            } else {
                short[key] = true
            }
        }
        shortSpellings = short
        longSpellings = long
        var byFirst: [UInt32: [(bytes: [UInt8], technology: Int)]] = [:]
        for entry in cjk.sorted(by: { $0.bytes.count > $1.bytes.count }) where entry.bytes.count >= 3 {
            byFirst[TechnologyMatcher.key3(entry.bytes, 0), default: []].append(entry)
        }
        cjkEntries = byFirst
        var second = [Bool](repeating: false, count: 65536)
        for key in byFirst.keys { second[Int(key & 0xFFFF)] = true }
        cjkSecondBytes = second
    }

    func mentions(in text: String, catalogue: TechnologyCatalogue) -> [TechnologyMention] {
        let bytes = Array(text.utf8)
        let folded = FoldedText(bytes)
        var scan = LineScan(folded: folded, entries: entries, catalogue: catalogue)
        var found: [MatchCandidate] = []
        var lineStarts: [Int] = [0]
        var i = 0
        var inCode = false
        let lower = folded.lower
        while i < folded.count {
            let byte = lower[i]
            if byte == 10 {
                found += scan.resolve(lineEnd: i)
                scan.startLine(at: i + 1)
                lineStarts.append(Int(folded.origin[i + 1]))
                inCode = false
                i += 1
                continue
            }
            if byte == 96 { inCode.toggle() }
            guard byte > 32, byte != FoldedText.cjk, byte != FoldedText.symbol, scan.isWordStart(i) else {
                i += 1
                continue
            }
            if mayStartSpelling(at: i, lower), let candidate = match(at: i, in: folded, inCode: inCode) {
                scan.candidates.append(candidate)
                i = candidate.nameEnd
                continue
            }
            i += 1
            // No name starts inside a word: its other bytes follow a letter or digit.
            if FoldedText.isWord(byte) {
                while i < folded.count, FoldedText.isWord(lower[i]) { i += 1 }
            }
        }
        found += scan.resolve(lineEnd: folded.count)
        var result = found.map {
            mention($0, bytes: bytes, folded: folded, lineStarts: lineStarts, catalogue: catalogue)
        }
        if folded.hasCJK { result += cjkMentions(bytes, lineStarts: lineStarts, catalogue: catalogue) }
        return result.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    /// Whether a spelling may start at `i` (false: surely none does).
    private func mayStartSpelling(at i: Int, _ lower: [UInt8]) -> Bool {
        let first = lower[i]
        let second = i + 1 < lower.count ? lower[i + 1] : 0
        if shortSpellings[Int(first) << 8 | Int(second)] || shortSpellings[Int(first) << 8] { return true }
        return i + 2 < lower.count && longSpellings[TechnologyMatcher.prefixHash(first, second, lower[i + 2])]
    }

    private static func prefixHash(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        Int(((UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)) &* 0x9E37_79B1) >> 16)
    }

    /// The longest spelling that starts at `i`, ends at a word boundary and passes its case rule.
    private func match(at i: Int, in folded: FoldedText, inCode: Bool) -> MatchCandidate? {
        let lower = folded.lower
        let first = Int(lower[i])
        let second = i + 1 < folded.count ? Int(lower[i + 1]) : 0
        // The bucket shares the first two bytes: the third rules most spellings out before
        // anything else is read (0: no third byte here, so no spelling of three or more fits).
        let third = i + 2 < folded.count ? lower[i + 2] : 0
        var best: MatchCandidate?
        // Two buckets: spellings that start with these two bytes, and one-letter spellings.
        for round in 0..<2 {
            if round == 0, second == 0 { continue }
            let key = round == 0 ? first << 8 | second : first << 8
            for e in Int(bucketStart[key])..<Int(bucketStart[key + 1]) {
                if thirdBytes[e] != 0, thirdBytes[e] != third { continue }
                let end = i + lengths[e]
                guard end <= folded.count, end > (best?.nameEnd ?? 0) else { continue }
                let entry = entries[e]
                guard lower[i..<end].elementsEqual(entry.lower),
                    LineScan.endsWord(folded, at: end, spelling: entry.lower)
                else { continue }
                guard let status = status(of: entry, in: folded, from: i, to: end, inCode: inCode) else { continue }
                best = MatchCandidate(
                    entry: e, technology: entry.technology, rule: entry.rule, start: i, nameEnd: end,
                    version: LineScan.version(in: folded, after: end), inCode: inCode, accepted: status)
                break
            }
        }
        return best
    }

    /// Whether a byte match counts: true accepted, false waits for context, nil rejected.
    private func status(of entry: Entry, in folded: FoldedText, from start: Int, to end: Int, inCode: Bool) -> Bool? {
        if entry.codeOnly { return inCode ? true : nil }
        let exact = folded.cased[start..<end].elementsEqual(entry.cased)
        switch entry.rule {
        case .anyCase: return true
        case .exactCase: return exact || inCode ? true : nil
        case .contextual:
            if exact { return false }
            return inCode && LineScan.isCodeForm(folded, start: start, end: end) ? true : nil
        case .strict: return exact ? false : nil
        case .displayOnly: return nil
        }
    }

    private func mention(
        _ candidate: MatchCandidate, bytes: [UInt8], folded: FoldedText, lineStarts: [Int],
        catalogue: TechnologyCatalogue
    ) -> TechnologyMention {
        let start = Int(folded.origin[candidate.start])
        let nameEnd = Int(folded.origin[candidate.nameEnd])
        let version = candidate.version.map {
            String(
                decoding: bytes[Int(folded.origin[$0.lowerBound])..<Int(folded.origin[$0.upperBound])], as: UTF8.self)
        }
        let end = candidate.version.map { Int(folded.origin[$0.upperBound]) } ?? nameEnd
        let line = TechnologyMatcher.line(of: start, in: lineStarts)
        return TechnologyMention(
            technology: catalogue.technologies[candidate.technology],
            text: String(decoding: bytes[start..<nameEnd], as: UTF8.self), version: version,
            line: line, utf8Range: start..<end, inCode: candidate.inCode, lineStart: lineStarts[line])
    }

    /// Chinese and Japanese spellings: substrings found in one pass, the longest at each place,
    /// never overlapping ("企业微信" is WeCom, not also WeChat).
    private func cjkMentions(_ bytes: [UInt8], lineStarts: [Int], catalogue: TechnologyCatalogue) -> [TechnologyMention]
    {
        var result: [TechnologyMention] = []
        var i = 0
        while i + 3 <= bytes.count {
            guard bytes[i] >= 0xE0, bytes[i] < 0xF0, cjkSecondBytes[Int(bytes[i + 1]) << 8 | Int(bytes[i + 2])],
                let entries = cjkEntries[TechnologyMatcher.key3(bytes, i)],
                let entry = entries.first(where: {
                    i + $0.bytes.count <= bytes.count && bytes[i..<(i + $0.bytes.count)].elementsEqual($0.bytes)
                })
            else {
                i += 1
                continue
            }
            let line = TechnologyMatcher.line(of: i, in: lineStarts)
            result.append(
                TechnologyMention(
                    technology: catalogue.technologies[entry.technology],
                    text: String(decoding: entry.bytes, as: UTF8.self), version: nil, line: line,
                    utf8Range: i..<(i + entry.bytes.count), inCode: false, lineStart: lineStarts[line]))
            i += entry.bytes.count
        }
        return result
    }

    private static func key3(_ bytes: [UInt8], _ i: Int) -> UInt32 {
        UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
    }

    private static func line(of offset: Int, in lineStarts: [Int]) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    private static func key(_ lower: [UInt8]) -> Int {
        Int(lower[0]) << 8 | (lower.count > 1 ? Int(lower[1]) : 0)
    }

    /// Package names worth finding in `inline code`: distinctive ones, not plain words like `click`.
    private static func isCodeAlias(_ package: PackageName) -> Bool {
        guard !package.isPrefix, package.registry != .maven, package.registry != .platformio,
            package.registry != .swiftpm,
            package.name.utf8.allSatisfy({ $0 < 0x80 && $0 != 32 })
        else { return false }
        return package.name.utf8.count >= 6 || package.name.utf8.contains { !FoldedText.isLetter($0) }
    }
}

/// A spelling found at a place, before its context is judged.
struct MatchCandidate {
    let entry: Int
    let technology: Int
    let rule: MatchRule
    let start: Int
    let nameEnd: Int
    /// Folded positions of the version after the name.
    let version: Range<Int>?
    let inCode: Bool
    var accepted: Bool

    var end: Int { version?.upperBound ?? nameEnd }
}
