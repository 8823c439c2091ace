import Testing

@testable import Generator

/// Values the renderer embeds come from outside the spec's lines too (config.json's `stack`,
/// folder names, sibling titles). A `stack` value with a newline shifted the line counts of three
/// sections, which then froze as "hand-edited" for good.
@Suite struct RenderedValuesTests {
    @Test(arguments: [
        ("Go\n1.22", "Go 1.22"),
        ("HTMX \r\n templates", "HTMX templates"),
        ("PostgreSQL\r16", "PostgreSQL 16"),
        ("- **Cache**: \nRedis\n", "- **Cache**: Redis"),
        ("a\n\n\nb", "a b"),
        ("two  spaces stay", "two  spaces stay"),
        (
            "a backend name well past eight bytes\nwith more after it",
            "a backend name well past eight bytes with more after it"
        ),
        ("a tab\tstays in a line longer than eight bytes", "a tab\tstays in a line longer than eight bytes"),
        ("0123456789abcdef0123456789abcdef\r", "0123456789abcdef0123456789abcdef"),
    ])
    func lineBreaksBecomeOneSpace(value: String, expected: String) {
        #expect(PlanRenderer.singleLine(value) == expected)
    }

    @Test func lineBreaksInConfigValuesNeverBreakSectionMarkers() {
        let stack = TechStack(
            backend: "Go\n1.22", frontend: "HTMX \r\n templates", database: "PostgreSQL\r16", cache: "\nRedis\n",
            source: .config)
        let spec = PlanMergeTests.base + "\n\nSee Spec 002 for the teams.\n"
        let inputs = PlanInputs(
            spec: spec, folder: "001-team-calendar", constitution: nil,
            siblings: [SiblingSpec(folder: "002-teams", title: "Teams\nand clubs")], options: PlanOptions(stack: stack))
        let text = PlanSync.render(inputs)
        #expect(text.contains("Go 1.22 service") && text.contains("- Spec 002: Teams and clubs"), "\(text)")

        let document = PlanDocument(parsing: text)
        let edited = document.blocks.filter { !$0.isPristine }.map(\.marker.id)
        #expect(
            document.kind == .managed && edited.isEmpty, "plansync takes its own sections for hand edits: \(edited)")
        let again = PlanSync.update(existing: text, inputs: inputs)
        #expect(again.outcome == .unchanged && again.summary.kept.isEmpty, "\(again.summary.description)")
        // The stack changes: every section still follows, none is kept as if edited.
        var changed = inputs
        changed.options.stack?.backend = "Rust\n1.80"
        let next = PlanSync.update(existing: text, inputs: changed)
        #expect(
            next.outcome == .updated && next.summary.kept.isEmpty && next.text?.contains("Rust 1.80 service") == true,
            "\(next.summary.description)")
    }
}
