import Foundation
import Testing

@testable import Generator

/// `generate` ends each written plan's line with the plan's shape, read back here from the
/// plan.md it wrote: what a user skimming the file would count.
@Suite struct GenerateShapeTests {
    static let spec = """
        # Feature Specification: Club Calendar

        **Input**: User description: "Club members share one calendar of events."

        ## User Scenarios & Testing

        ### User Story 1 - See the club's events (Priority: P1)

        A member opens the calendar and sees every event of the club.

        **Acceptance Scenarios**:

        1. **Given** a club with events, **When** a member opens the calendar, **Then** all events are shown

        ### User Story 2 - Add an event (Priority: P2)

        An admin adds an event with a title and a time.

        ### Edge Cases

        - Two events at the same time.
        - An event without an end.

        ## Requirements

        - **FR-001**: System MUST show every event of the member's club
        - **FR-002**: System MUST let admins add an event [NEEDS CLARIFICATION: may members add events too?]
        - **FR-003**: System MUST send the member an email reminder through the email delivery service
        - **FR-004**: System MUST keep each member's phone number and date of birth [NEEDS CLARIFICATION: how long are they kept?]

        ## Success Criteria

        - **SC-001**: A member finds an event in under 5 seconds.
        """

    /// What plan.md says of itself: its `### ` headings under Implementation Phases and Risks &
    /// Mitigations, and the total of its timeline.
    struct WrittenShape {
        var phases: [String]
        var days: Int
        var risks: [String]

        init(_ plan: String) throws {
            let lines = plan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            func headings(_ section: String) -> [String] {
                guard let start = lines.firstIndex(of: "## " + section) else { return [] }
                return lines[(start + 1)...].prefix { !$0.hasPrefix("## ") }.filter { $0.hasPrefix("### ") }.map {
                    String($0.dropFirst(4))
                }
            }
            phases = headings("Implementation Phases")
            risks = headings("Risks & Mitigations").map { String($0[$0.range(of: ": ")!.upperBound...]) }
            let total = try #require(lines.first { $0.hasPrefix("**Total: ") })
            days = try #require(Int(total.dropFirst(9).prefix { $0.isNumber }))
        }

        /// `5 phases, 12 days; risks: "…", "…" and 2 more`, as the line must end.
        var line: String {
            let named = risks.prefix(2).map { "\"\(PlanShape.shortTitle($0))\"" }.joined(separator: ", ")
            let more = risks.count > 2 ? " and \(risks.count - 2) more" : ""
            let counts = "\(phases.count) phase\(phases.count == 1 ? "" : "s"), \(days) day\(days == 1 ? "" : "s")"
            return counts + (risks.isEmpty ? "; no risks" : "; risks: " + named + more)
        }
    }

    /// The N of `(new, N lines)` in a line of generate.
    static func newLines(in line: String) throws -> Int {
        let start = try #require(line.range(of: "(new, ")).upperBound
        return try #require(Int(line[start...].prefix { $0.isNumber }))
    }

    @Test func generateEndsEachWrittenPlansLineWithItsPhasesDaysAndTopRisks() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-calendar/spec.md", Self.spec)
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.status == 0, "\(result.output)")
        let shape = try WrittenShape(try scratch.read("p/specs/001-calendar/plan.md"))
        #expect(shape.phases.count >= 2 && shape.risks.count >= 3, "the fixture no longer proves the 'and N more'")
        let lines = try Self.newLines(in: result.stdout)
        #expect(result.stdout == "wrote p/specs/001-calendar/plan.md (new, \(lines) lines) — \(shape.line)\n")

        // An update says the shape too; a plan left unchanged says nothing of it.
        try scratch.write("p/specs/001-calendar/spec.md", Self.spec.replacing("under 5 seconds", with: "at once"))
        let update = try Plansync.run(["generate", "p"], in: scratch.url)
        let updated = try WrittenShape(try scratch.read("p/specs/001-calendar/plan.md"))
        #expect(update.stdout.hasPrefix("wrote p/specs/001-calendar/plan.md (+"), "\(update.output)")
        #expect(update.stdout.hasSuffix(") — \(updated.line)\n"), "\(update.output)")
        let again = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(again.stdout == "unchanged p/specs/001-calendar/plan.md\n", "\(again.output)")
    }

    @Test func quietPrintsNothingForAWrittenPlanAndVerboseListsItsPhases() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-calendar/spec.md", Self.spec)
        let quiet = try Plansync.run(["generate", "--quiet", "p"], in: scratch.url)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty, "\(quiet.output)")
        let shape = try WrittenShape(try scratch.read("p/specs/001-calendar/plan.md"))

        try FileManager.default.removeItem(at: scratch.path("p/specs/001-calendar/plan.md"))
        let verbose = try Plansync.run(["generate", "--verbose", "p"], in: scratch.url)
        let lines = verbose.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(" — \(shape.line)") == true, "\(verbose.output)")
        // `Phase 2: Name (Days 3-4)` in the plan is `  Phase 2: Name (2 days)` under the line.
        #expect(Array(lines.dropFirst()) == shape.phases.map(Self.verboseLine), "\(verbose.output)")
    }

    static func verboseLine(_ heading: String) -> String {
        guard let open = heading.range(of: " (Day", options: .backwards) else { return "  " + heading }
        let numbers = heading[open.upperBound...].split { !$0.isNumber }.compactMap { Int($0) }
        let days = numbers.count == 2 ? numbers[1] - numbers[0] + 1 : 1
        return "  " + heading[..<open.lowerBound] + " (\(days) day\(days == 1 ? "" : "s"))"
    }

    @Test func aHandEditedRiskIsReportedAsTheUserWroteIt() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-calendar/spec.md", Self.spec)
        try Plansync.run(["generate", "p"], in: scratch.url)
        let plan = try scratch.read("p/specs/001-calendar/plan.md")
        try scratch.write(
            "p/specs/001-calendar/plan.md",
            plan.replacing(/### Risk 1: [^\n]*/, with: "### Risk 1: The club's mail server drops reminders"))
        try scratch.write("p/specs/001-calendar/spec.md", Self.spec.replacing("under 5 seconds", with: "at once"))
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(result.stdout.contains("kept hand-edited section \"Risks & Mitigations\""), "\(result.output)")
        #expect(
            result.stdout.contains("; risks: \"The club's mail server drops reminders\", "),
            "the line did not name the risk as the plan now says it: \(result.output)")
        let shape = try WrittenShape(try scratch.read("p/specs/001-calendar/plan.md"))
        #expect(result.stdout.hasSuffix(" — \(shape.line)\n"), "\(result.output)")
    }

    @Test func risksRewrittenByHandAreLeftUnsaid() throws {
        let scratch = try Scratch()
        try scratch.write("p/specs/001-calendar/spec.md", Self.spec)
        try Plansync.run(["generate", "p"], in: scratch.url)
        let plan = try scratch.read("p/specs/001-calendar/plan.md")
        // A risk of the user's own inside plansync's first one: how many risks there are is the
        // user's to say, not a count to guess.
        try scratch.write(
            "p/specs/001-calendar/plan.md",
            plan.replacing(
                /### Risk 1: [^\n]*/,
                with: "### Risk 1: Mail server\n- **Mitigation**: Retry.\n\n### Risk 1b: Spam filters"
            ))
        try scratch.write("p/specs/001-calendar/spec.md", Self.spec.replacing("under 5 seconds", with: "at once"))
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        let shape = try WrittenShape(try scratch.read("p/specs/001-calendar/plan.md"))
        let counts = "\(shape.phases.count) phases, \(shape.days) days"
        #expect(
            result.stdout.hasSuffix("kept hand-edited section \"Risks & Mitigations\") — \(counts)\n"),
            "\(result.output)")
    }

    @Test func riskTitlesReachTheTerminalEscaped() throws {
        let scratch = try Scratch()
        try scratch.write(
            "p/specs/001-calendar/spec.md",
            Self.spec.replacing("may members add events too?", with: "colour \u{1b}[31mred or blue?"))
        let result = try Plansync.run(["generate", "p"], in: scratch.url)
        #expect(!result.stdout.contains("\u{1b}"), "an escape sequence reached the terminal: \(result.stdout)")
        #expect(result.stdout.split(separator: "\n").count == 1, "\(result.stdout)")
        let plan = try scratch.read("p/specs/001-calendar/plan.md")
        if try WrittenShape(plan).risks.prefix(2).contains(where: { $0.contains("\u{1b}[31mred") }) {
            #expect(result.stdout.contains("\\x1b[31mred"), "\(result.stdout)")
        }
    }
}
