/// The plan's Key Components: what the spec itself names as the parts of the feature, each
/// with its purpose in the spec's own words, complete (cut only where a sentence or clause
/// ends, never with "…").
///
/// In the order of how surely the spec means them: the components, interfaces and services of
/// a section of their own; its key entities; the subjects of its requirements that name a part
/// ("The sync service MUST…", "Launcher MUST…", "The `Item` list view MUST…"); backticked
/// names of endpoints (`GET /bookings`) and types named like a part (`BookingService`). Each
/// once, at most `limit`. A spec that names none is told so rather than given invented names.
struct ComponentPlanner {
    var spec: Spec
    var limit = 12
    var phrases: ReviewPhrases = .english

    func components() -> [Plan.Component] {
        var found = Found()
        for component in spec.components where Self.isAName(component.name) {
            found.add(component.name, purpose(component.purpose, default: phrases.component(.namedBySpec)))
        }
        for entity in spec.entities where Self.isAName(entity.name) {
            found.add(entity.name, purpose(entity.description, default: phrases.component(.keyEntity)))
        }
        for (name, purpose) in RequirementSubjects(requirements: spec.requirements).parts() {
            found.add(name, purpose)
        }
        for (name, purpose) in namedInCode() { found.add(name, purpose) }
        guard !found.items.isEmpty else {
            return [
                Plan.Component(
                    name: phrases.component(.noneNamed), purpose: phrases.component(.noneNamedPurpose))
            ]
        }
        return Array(found.items.prefix(limit))
    }

    /// The first sentence of the spec's text, complete.
    private func purpose(_ text: String, default fallback: String) -> String {
        let text = PlainText.collapsingSpaces(text).trimmed
        guard !text.isEmpty else { return fallback }
        return Prose.complete(Prose.firstSentences(text, 1), upTo: 200)
    }

    /// Whether a label of the spec's component or entity lists names a part: not a field of
    /// the description ("Purpose", "Constraints"), a rule ("Config keys MUST be quoted"), a
    /// command-line option (`-o, --output <path>`) or an argument (`<directory>`).
    static func isAName(_ name: String) -> Bool {
        let bare = name.filter { $0 != "`" && $0 != "*" }.trimmed
        guard let first = bare.first, first != "-", first != "<" else { return false }
        if ["MUST", "SHALL", "SHOULD"].contains(where: { ByteSearch.firstRange(of: $0, in: bare) != nil }) {
            return false
        }
        return !descriptionLabels.contains(bare.lowercased())
    }

    /// Labels that describe a part rather than name one.
    static let descriptionLabels: Set<String> = [
        "purpose", "note", "notes", "description", "rationale", "example", "examples", "constraints", "constraint",
        "attributes", "fields", "relationships", "validation", "validation rules", "usage", "summary", "overview",
    ]

    /// Endpoints and part-like type names in backticks in the requirements, with the
    /// requirement that names them first.
    private func namedInCode() -> [(String, String)] {
        var result: [(String, String)] = []
        // A byte test: `contains("`")` compares every Character of every requirement.
        for requirement in spec.requirements where requirement.text.utf8.contains(Self.backtick) {
            for code in Self.codeSpans(requirement.text) where Self.namesAPart(code) {
                result.append(("`\(code)`", Self.cited(requirement)))
            }
        }
        return result
    }

    static func cited(_ requirement: Requirement) -> String {
        let text = Prose.complete(requirement.text, upTo: 200)
        return requirement.id.map { "\($0): \(text)" } ?? text
    }

    /// The texts between backticks, the backticks found as bytes: one counts where it is a
    /// character of its own, as in a split on the `Character`. U+1FEF, canonically equal to a
    /// backtick, leaves the text to that split.
    static func codeSpans(_ text: String) -> [String] {
        if ByteSearch.firstRange(of: "\u{1FEF}", in: text) != nil {
            let parts = text.split(separator: "`", omittingEmptySubsequences: false)
            return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
        }
        let utf8 = text.utf8
        var marks: [String.Index] = []
        var next = utf8.startIndex
        while let found = utf8[next...].firstIndex(of: backtick) {
            next = utf8.index(after: found)
            if let mark = String.Index(found, within: text), String.Index(next, within: text) != nil {
                marks.append(mark)
            }
        }
        return stride(from: 0, to: marks.count - 1, by: 2).map {
            String(text[utf8.index(after: marks[$0])..<marks[$0 + 1]])
        }
    }

    private static let backtick = UInt8(ascii: "`")

    /// `GET /bookings`, `/api/v1/tides`, `BookingService`, `TideChartScreen`.
    static func namesAPart(_ code: String) -> Bool {
        let words = code.split(separator: " ")
        if words.count == 2, httpMethods.contains(String(words[0])), words[1].hasPrefix("/") { return true }
        if code.hasPrefix("/api/") { return true }
        guard words.count == 1, let first = code.first, first.isUppercase,
            code.allSatisfy({ $0.isLetter || $0.isNumber })
        else { return false }
        return RequirementSubjects.partSuffixes.contains { code.hasSuffix($0) && code.count > $0.count }
    }

    static let httpMethods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]

    /// Components found so far, each name once (compared without case, backticks, articles or a plural s).
    struct Found {
        var items: [Plan.Component] = []
        private var seen = Set<String>()

        mutating func add(_ name: String, _ purpose: String) {
            let name = name.trimmed
            let key = Self.key(name)
            guard !key.isEmpty, seen.insert(key).inserted else { return }
            items.append(Plan.Component(name: name, purpose: purpose))
        }

        /// The name compared: without case, backticks, an article, a plural s or a word for the
        /// kind of code (`` `DataCleaner` trait `` and `DataCleaner` are one part).
        static func key(_ name: String) -> String {
            var key = name.lowercased().filter { $0 != "`" && $0 != "*" }.trimmed
            for article in ["the ", "a ", "an "] where key.hasPrefix(article) { key.removeFirst(article.count) }
            for kind in [
                " trait", " type", " function", " crate", " class", " struct", " enum", " records", " record", " model",
            ]
            where key.hasSuffix(kind) {
                key.removeLast(kind.count)
            }
            if key.hasSuffix("s") { key.removeLast() }
            return key.trimmed
        }
    }
}
