/// One pass of ``SignificantWords`` over a text's UTF-8: ASCII, most of a spec, is read byte by
/// byte and only other scalars are decoded; each word is hashed as its bytes are gathered.
///
/// A struct with mutating methods rather than local functions over local variables: the
/// runtime checks every access such functions make to the variables they capture.
struct SignificantWordScanner {
    typealias Word = (UnsafeBufferPointer<UInt8>, UInt64) -> Void

    let utf8: UnsafeBufferPointer<UInt8>
    /// The Latin-script word being read, lower-cased and folded, and how many letters it has.
    private var current: [UInt8] = []
    private var length = 0
    /// The hash of `current`, and of `current` without its last byte (a plural `s` removed).
    private var hash = FNV1a()
    private var hashBeforeLast = FNV1a()
    /// Where each scalar of the current run of ideographs, kana or hangul starts in `utf8`, and
    /// where the run ends: a pair of them is a slice of the text, never copied.
    private var runStarts: [Int] = []
    private var runEnd = 0

    init(utf8: UnsafeBufferPointer<UInt8>) { self.utf8 = utf8 }

    /// Calls `word` with each significant word's bytes and hash, in order.
    mutating func scan(_ word: Word) {
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x80 {
                i += 1
                if !runStarts.isEmpty { flushRun(word) }
                if (97...122).contains(byte) || (48...57).contains(byte) {
                    append(byte)
                    length += 1
                } else if (65...90).contains(byte) {
                    append(byte + 32)
                    length += 1
                } else {
                    flush(word)
                }
                continue
            }
            let start = i
            let (value, size) = UTF8Scan.scalar(in: utf8, at: i)
            i += size
            if SignificantWords.isPairScript(value) {
                flush(word)
                runStarts.append(start)
                runEnd = i
            } else if let base = LatinFolding.base(of: value) {
                if !runStarts.isEmpty { flushRun(word) }
                append(base)
                length += 1
            } else if let scalar = Unicode.Scalar(value), PlainText.isWordScalar(scalar) {
                if !runStarts.isEmpty { flushRun(word) }
                for byte in String(scalar).lowercased().utf8 { append(byte) }
                length += 1
            } else {
                flush(word)
                flushRun(word)
            }
        }
        flush(word)
        flushRun(word)
    }

    private mutating func append(_ byte: UInt8) {
        current.append(byte)
        hashBeforeLast = hash
        hash.add(byte)
    }

    /// Ends the Latin-script word: kept with three letters or more, not a stop word, a plural
    /// `s` removed.
    private mutating func flush(_ word: Word) {
        defer {
            current.removeAll(keepingCapacity: true)
            length = 0
            hash = FNV1a()
        }
        guard length >= 3 else { return }
        // No stop word is longer than eight bytes.
        guard current.count > 8 || !SignificantWords.isStop(hash.value) else { return }
        let plural = length > 4 && current.last == 115 && current[current.count - 2] != 115
        let count = plural ? current.count - 1 : current.count
        let value = plural ? hashBeforeLast.value : hash.value
        current.withUnsafeBufferPointer { word(UnsafeBufferPointer(rebasing: $0[..<count]), value) }
    }

    /// Ends the run of pair-script scalars: each two neighbours are a word, but stop pairs.
    private mutating func flushRun(_ word: Word) {
        defer { runStarts.removeAll(keepingCapacity: true) }
        guard runStarts.count >= 2 else { return }
        for index in 1..<runStarts.count {
            let end = index + 1 < runStarts.count ? runStarts[index + 1] : runEnd
            let pair = UnsafeBufferPointer(rebasing: utf8[runStarts[index - 1]..<end])
            let pairHash = FNV1a.hash(pair)
            if !SignificantWords.isStop(pairHash) { word(pair, pairHash) }
        }
    }
}
