/// Reads constitution.md into a `Constitution`: principles by their headings, rules by the
/// section they stand in (testing, gates, security, documentation). The technologies it states
/// are read into the project's profile (`StackStatementReader`).
public enum ConstitutionParser {
    /// Reads a constitution; nil when it is still the unfilled template (`[PRINCIPLE_1_NAME]`).
    public static func parse(_ text: String) -> Constitution? {
        let lines = markdownLines(text)
        if isTemplate(lines) { return nil }
        let h1 = Heading.first(level: 1, in: lines)
        var constitution = Constitution(name: h1.map { PlainText.of($0.title) } ?? "Project Constitution")
        constitution.version = version(lines)
        constitution.sourceHash = ContentHash.of(text)
        constitution.leftoverPlaceholders = placeholders(lines)
        constitution.planLanguage = PlanLanguageStatement.language(in: lines)
        for section in MarkdownStructure.sections(lines) {
            read(section, into: &constitution)
        }
        constitution.testingRules = constitution.testingRules.uniqued()
        constitution.gates = constitution.gates.uniqued()
        return constitution
    }

    /// Takes what one section says: a principle under a principles heading, rules by the words of its title.
    private static func read(_ section: MarkdownSection, into constitution: inout Constitution) {
        guard let heading = section.heading else { return }
        let title = heading.title.lowercased()
        let parents = section.parents.map { $0.lowercased() }
        let rules = ruleLines(section.lines)
        if heading.level >= 3, parents.contains(where: { Self.has($0, "principle") }) {
            let principle = Principle(
                name: principleName(heading.title),
                isNonNegotiable: Self.has(heading.title.uppercased(), "NON-NEGOTIABLE"), rules: rules)
            constitution.principles.append(principle)
        }
        let context = ([title] + parents).joined(separator: " ")
        if Self.has(title, "test") || Self.has(title, "quality") {
            constitution.testingRules += rules.filter(isTestingRule)
        } else {
            constitution.testingRules += rules.filter {
                isTestingRule($0) && isMandatory($0) && Self.has(context, "gate") == false
            }
        }
        if Self.has(title, "gate") {
            constitution.gates += rules
        }
        if Self.has(title, "security") {
            constitution.securityRules += rules.filter(isMandatory)
        }
        if Self.has(title, "documentation") {
            constitution.documentationRules += rules
        }
    }

    /// `VI. Test-First (NON-NEGOTIABLE)` -> `Test-First`.
    static func principleName(_ title: String) -> String {
        var name = PlainText.of(title)
        if let dot = name.firstIndex(of: "."), name[..<dot].allSatisfy({ "IVXLC0123456789".contains($0) }) {
            name = String(name[name.index(after: dot)...]).trimmed
        }
        if let paren = name.firstRange(of: "(NON-NEGOTIABLE)") { name.removeSubrange(paren) }
        return name.trimmed
    }

    /// What the items of a list in a rules section say.
    private enum RuleList {
        /// What to do: the items as they are.
        case required
        /// Under `Forbidden:`, `Prohibited:` or `… must not:`: what not to do; each item keeps that word.
        case forbidden

        var prefix: String {
            switch self {
            case .required: ""
            case .forbidden: "Forbidden: "
            }
        }
    }

    /// The rules of a section: its list items, or its sentences with MUST/SHALL when it has no list.
    private static func ruleLines(_ lines: [MarkdownLine]) -> [String] {
        var rules: [String] = []
        var list = RuleList.required
        var listLines: [MarkdownLine] = []
        func flush() {
            rules += MarkdownStructure.listItems(listLines).map { list.prefix + PlainText.of($0.text) }.filter {
                $0.count > 12 && !$0.hasSuffix(":")
            }
            listLines = []
        }
        for line in lines {
            let body = line.text.trimmed
            if line.isProse, !body.isEmpty, line.text.first != " ", line.text.first != "\t",
                MarkdownStructure.itemStart(body) == nil
            {
                flush()
                let lower = body.lowercased()
                let forbids =
                    body.hasSuffix(":")
                    && (Self.has(lower, "forbidden") || Self.has(lower, "prohibited") || Self.has(lower, "must not"))
                list = forbids ? .forbidden : .required
            } else {
                listLines.append(line)
            }
        }
        flush()
        if !rules.isEmpty { return rules }
        return MarkdownStructure.paragraphs(lines).flatMap { Prose.sentences(PlainText.of($0)) }.filter(isMandatory)
    }

    private static func isTestingRule(_ rule: String) -> Bool {
        let lower = rule.lowercased()
        return Self.has(lower, "test") || Self.has(lower, "coverage") || Self.has(lower, "tdd")
            || Self.has(lower, "red → green")
    }

    private static func isMandatory(_ rule: String) -> Bool {
        Self.has(rule, "MUST") || Self.has(rule, "SHALL") || Self.has(rule, "REQUIRED")
            || Self.has(rule, "NON-NEGOTIABLE")
            || Self.has(rule, "mandatory") || Self.has(rule, "%")
    }

    private static let templateMarkers = [ByteString("[PRINCIPLE_1_NAME]"), ByteString("[PROJECT_NAME]")]

    private static func isTemplate(_ lines: [MarkdownLine]) -> Bool {
        lines.contains { line in
            guard line.isProse, line.text.utf8.contains(UInt8(ascii: "[")) else { return false }
            let bytes = ByteString(line.text)
            return templateMarkers.contains { bytes.contains($0) }
        }
    }

    /// `**Version**: 1.1.0 | **Ratified**: …` -> `1.1.0`.
    private static func version(_ lines: [MarkdownLine]) -> String? {
        for line in lines where line.isProse && line.text.utf8.contains(UInt8(ascii: "V")) {
            let plain = PlainText.of(line.text)
            guard let range = plain.firstRange(of: "Version") else { continue }
            let rest = plain[range.upperBound...].drop(while: { ": ".contains($0) })
            let value = rest.prefix(while: { $0.isNumber || $0 == "." })
            if Self.has(value, ".") { return String(value) }
        }
        return nil
    }

    private static func placeholders(_ lines: [MarkdownLine]) -> [String] {
        var found: [String] = []
        for line in lines where line.isProse {
            var rest = Substring(line.text)
            while let open = rest.firstIndex(of: "[") {
                let after = rest[rest.index(after: open)...]
                guard let close = after.firstIndex(of: "]") else { break }
                let inside = after[..<close]
                if inside.count >= 3, inside.allSatisfy({ $0.isUppercase || $0 == "_" || $0.isNumber }),
                    Self.has(inside, "_")
                {
                    found.append("[\(inside)]")
                }
                rest = after[after.index(after: close)...]
            }
        }
        return found.uniqued()
    }

    /// Whether `text` holds `needle`, compared as bytes: `String.contains` compares Characters
    /// and made reading a constitution cost milliseconds (the needles are ASCII words and marks).
    private static func has(_ text: some StringProtocol, _ needle: String) -> Bool {
        ByteSearch.firstRange(of: needle, in: Substring(text)) != nil
    }
}
