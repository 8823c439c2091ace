import Foundation
import Testing

@testable import Generator

/// No requirement or success-criterion id of a spec is lost between spec.md and plan.md: every
/// id that opens an item of the author's own (a list item, a bold label, a heading, a table row)
/// is cited verbatim in the plan. The ids are found here by a scan of their own, independent of
/// the reader; only Spec Kit's example and placeholder lines, code blocks and HTML comments,
/// which the plan must leave out, are not expected.
@Suite struct SpecIDCoverageTests {
    @Test(arguments: TestFiles.fixtureCases())
    func everyFixtureIDReachesThePlan(_ testCase: TestFiles.Case) {
        Self.expectIDsKept(testCase)
    }

    @Test(.needsCorpus, arguments: TestFiles.corpusCases())
    func everyCorpusIDReachesThePlan(_ testCase: TestFiles.Case) {
        Self.expectIDsKept(testCase)
    }

    /// The scan finds what it must, so that the tests above cannot pass by finding nothing.
    @Test func theScanFindsIDsInEveryCarrierAndNoneInTheTemplatesExample() {
        let spec = """
            - **FR-001**: lists
            * FR-002: plain
            **FR-020A**: bold, with a letter
            ### NFR-003: a heading
            | RF-004 | a table row |
            1. **CS-001**: numbered
            - [ ] SC-002 a checklist
            - **FR-006**: System MUST authenticate users via [NEEDS CLARIFICATION: auth method not specified - email/password, SSO, OAuth?]
            - **FR-007**: System MUST [specific capability]
            - **US-01**: not a requirement
            ```
            - **FR-099**: in code
            ```
            <!--
            - FR-098: in a comment
            -->
            """
        #expect(Self.ids(in: spec) == ["FR-001", "FR-002", "FR-020A", "NFR-003", "RF-004", "CS-001", "SC-002"])
    }

    static func expectIDsKept(_ testCase: TestFiles.Case) {
        guard !testCase.isUnfilledTemplate else { return }
        let plan = PlanSync.render(testCase.inputs)
        let cited = Set(
            plan.split(separator: "\n").filter { !$0.hasPrefix("- **") && !$0.hasPrefix("<!--") }
                .flatMap { line in ItemIDScanner.all(in: String(line)).map(\.id.text) })
        let lost = ids(in: testCase.spec).filter { !cited.contains($0) }
        #expect(lost.isEmpty, "\(testCase.name): ids of spec.md missing from plan.md: \(lost)")
    }

    /// The requirement and success-criterion ids that open an item of the author's text, in order.
    static func ids(in spec: String) -> [String] {
        var result: [String] = []
        var fence: Substring?
        var inComment = false
        for raw in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if line.hasPrefix(open) { fence = nil }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                fence = line.prefix(3)
                continue
            }
            if inComment || line.hasPrefix("<!--") {
                inComment = !line.contains("-->")
                continue
            }
            guard TemplateText.kind(of: line) == nil, let id = leadingID(of: line) else { continue }
            if !result.contains(id) { result.append(id) }
        }
        return result
    }

    /// `FR-001` of `- **FR-001**: …`, `| FR-001 | …`, `### FR-001: …`, `1. FR-001 …`, when its
    /// prefix names a requirement or a success criterion.
    static func leadingID(of line: String) -> String? {
        var rest = Substring(line)
        while let first = rest.first {
            let number = rest.prefix { $0.isASCII && $0.isNumber }
            if !number.isEmpty, rest.dropFirst(number.count).first == "." {
                rest = rest.dropFirst(number.count + 1)
            } else if "-*+#|> \t".contains(first) {
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        if rest.hasPrefix("[ ]") || rest.hasPrefix("[x]") { rest = rest.dropFirst(3).drop { $0 == " " } }
        let letters = rest.prefix { $0.isASCII && $0.isUppercase }
        guard (2...5).contains(letters.count), rest.dropFirst(letters.count).first == "-" else { return nil }
        let afterDash = rest.dropFirst(letters.count + 1)
        let digits = afterDash.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        var end = afterDash.dropFirst(digits.count)
        var id = "\(letters)-\(digits)"
        if let suffix = end.first, suffix.isASCII, suffix.isLetter, !(end.dropFirst().first?.isLetter ?? false) {
            id.append(suffix)
            end = end.dropFirst()
        }
        if let next = end.first, next.isLetter || next.isNumber || next == "-" { return nil }
        switch ItemKind(prefix: String(letters)) {
        case .requirement?, .successCriterion?: return id
        default: return nil
        }
    }
}
