/// Tells from a line's raw bytes, without folding it, that it holds no kind phrase of
/// ``KindPhrases`` (a ``PhraseFilter`` over them). The stack reader skips such lines' word scan;
/// most lines of a spec are such lines.
enum KindWordFilter {
    /// Whether the line may hold a kind phrase (false: it surely holds none).
    static func mayHoldKindPhrase(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { filter.mayHold($0) }
    }

    private static let filter = PhraseFilter(
        KindPhrases.phraseTable.flatMap { _, anywhere, inDefinitions in anywhere + inDefinitions })
}
