/// The parts of a feature named as the subjects of its requirements: "The sync service MUST…",
/// "Launcher MUST…", "The `Item` list view MUST…", each with what its first requirement says
/// it must do and the ids of every requirement about it.
///
/// A subject counts as a part when it is short and is written in code, as one CamelCase
/// name, or ends with a word for a part (service, client, store, screen, endpoint, job…);
/// "System", "Users" and "The implementation" name no part.
struct RequirementSubjects {
    var requirements: [Requirement]

    /// Each part once, in the order of its first requirement: its name and purpose.
    func parts() -> [(name: String, purpose: String)] {
        var order: [String] = []
        var byName: [String: (name: String, predicate: String, ids: [String])] = [:]
        for requirement in requirements {
            guard let (subject, predicate) = Self.subject(of: requirement.text) else { continue }
            let key = subject.lowercased()
            if byName[key] == nil {
                order.append(key)
                byName[key] = (subject, predicate, [])
            }
            if let id = requirement.id { byName[key]?.ids.append(id) }
        }
        return order.compactMap { byName[$0] }.map { part in
            (part.name, Prose.complete(part.predicate, upTo: 200) + Self.citation(part.ids))
        }
    }

    /// ` (FR-001)`, ` (FR-001, FR-004)`, ` (FR-001, FR-004, FR-007 and 2 more)`.
    static func citation(_ ids: [String]) -> String {
        guard !ids.isEmpty else { return "" }
        let shown = ids.prefix(3).joined(separator: ", ")
        return ids.count > 3 ? " (\(shown) and \(ids.count - 3) more)" : " (\(shown))"
    }

    /// The part a requirement is about and what it says of it ("must retry failed uploads"),
    /// or nil when its subject names no part.
    static func subject(of text: String) -> (String, String)? {
        guard let (modal, range) = firstModal(in: text) else { return nil }
        var subject = Substring(text[..<range.lowerBound])
        for article in ["The ", "the ", "A ", "An ", "Each ", "Every "] where subject.hasPrefix(article) {
            subject = subject.dropFirst(article.count)
        }
        let name = String(subject).trimmed
        guard namesAPart(name) else { return nil }
        let predicate = modal.lowercased() + " " + text[range.upperBound...]
        return (Prose.upperCasingFirstLetter(name), predicate.trimmed)
    }

    /// The first modal the text holds (`MUST NOT` before `MUST`, `SHALL NOT` before
    /// `SHALL`, then `SHOULD`) and where. ` MUST NOT ` starts with ` MUST `: a text without the
    /// plain form holds no negated one, and the negated one is searched for only from where the
    /// plain one first stands, not over the whole text once more.
    private static func firstModal(in text: String) -> (String, Range<String.Index>)? {
        for modal in modalNeedles {
            guard let plain = ByteSearch.firstRange(of: modal.needle, in: text) else { continue }
            if let negated = modal.negated,
                let range = ByteSearch.firstRange(of: negated.needle, in: text[plain.lowerBound...])
            {
                return (negated.word, range)
            }
            return (modal.word, plain)
        }
        return nil
    }

    /// A modal as searched (` MUST `), with its negated form when it has one; made once.
    private struct Needle {
        let word: String
        let needle: String
        let negated: (word: String, needle: String)?

        init(_ word: String, negated: String? = nil) {
            self.word = word
            needle = " \(word) "
            self.negated = negated.map { ($0, " \($0) ") }
        }
    }

    private static let modalNeedles = [
        Needle("MUST", negated: "MUST NOT"), Needle("SHALL", negated: "SHALL NOT"), Needle("SHOULD"),
    ]

    static func namesAPart(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 4, !name.contains(","), !name.contains(":"),
            !words.contains("and"), !words.contains("or")
        else { return false }
        // `Item` list view, `MaybeUncertain<T>` type: code first; "Paths like `a/**`" is no part.
        if name.contains("`") { return name.hasPrefix("`") }
        let last = words[words.count - 1].lowercased()
        let singular = last.hasSuffix("s") ? String(last.dropLast()) : last
        if words.count == 1 {
            let word = String(words[0])
            let camel =
                word.allSatisfy(\.isLetter) && partSuffixes.contains { word.hasSuffix($0) && word.count > $0.count }
            return camel || (partNouns.contains(singular) && !genericNouns.contains(singular))
        }
        return partNouns.contains(singular) && !genericNouns.contains(singular)
    }

    /// Words that end a name of a part.
    static let partNouns: Set<String> = [
        "service", "client", "server", "store", "repository", "api", "endpoint", "interface", "screen", "page",
        "view", "dialog", "modal", "widget", "panel", "indicator", "job", "worker", "queue", "scheduler",
        "command", "cli", "workflow", "pipeline", "module", "adapter", "provider", "controller", "handler",
        "parser", "converter", "exporter", "importer", "generator", "manager", "cache", "receiver", "sender",
        "launcher", "engine", "plugin", "webhook", "bot", "dashboard", "menu", "form", "selector", "seeder",
        "tracker", "monitor", "listener", "gateway", "proxy", "runner", "loader", "renderer", "validator",
        "serializer", "registry", "daemon", "extension", "library", "sdk", "database", "notifier", "reporter",
    ]

    /// Words that are in `partNouns`' form but name the whole or no part.
    static let genericNouns: Set<String> = ["system", "component", "application", "app", "feature", "library"]

    /// Endings of CamelCase names of parts (`BookingService`, `TideChartScreen`).
    static let partSuffixes = [
        "Service", "Client", "Server", "Store", "Repository", "Controller", "Handler", "Provider", "Manager",
        "Adapter", "Worker", "Job", "Command", "Screen", "View", "ViewModel", "Activity", "Fragment", "Page",
        "Widget", "Parser", "Converter", "Exporter", "Importer", "Selector", "Seeder", "Tracker", "Receiver",
        "Scheduler", "Queue", "Cache", "Gateway", "API", "Api", "Engine", "Loader", "Renderer", "Validator",
        "Serializer", "Registry", "Module", "Plugin", "Cleaner",
    ]
}
