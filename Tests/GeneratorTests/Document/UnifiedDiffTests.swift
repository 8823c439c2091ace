import Generator
import Testing

/// The `---`/`+++` names of a diff, written the way git writes them.
@Suite struct UnifiedDiffTests {
    @Test(arguments: [
        ("a/p/specs/001-a/plan.md", "a/p/specs/001-a/plan.md"),
        ("/dev/null", "/dev/null"),
        ("a/p/specs/001-sp ace/plan.md", "a/p/specs/001-sp ace/plan.md\t"),
        ("a/p/specs/002-t\tab/plan.md", #""a/p/specs/002-t\tab/plan.md""#),
        ("a/p/specs/003-qu\"ote/plan.md", #""a/p/specs/003-qu\"ote/plan.md""#),
        ("a/p/specs/004-café/plan.md", "a/p/specs/004-café/plan.md"),
        ("a/p/specs/005-new\nline/plan.md", #""a/p/specs/005-new\nline/plan.md""#),
        ("a/p/specs/006-back\\slash/plan.md", #""a/p/specs/006-back\\slash/plan.md""#),
        ("a/p/specs/007-\u{1b}[31m \u{85}/plan.md", "\"a/p/specs/007-\\033[31m \\302\\205/plan.md\"\t"),
    ])
    func headerNamesAreQuotedTheWayGitQuotesThem(path: String, header: String) {
        #expect(UnifiedDiff.headerName(path) == header)
    }

    @Test func theHeaderUsesTheQuotedNames() {
        let diff = UnifiedDiff.make(from: "a\n", to: "b\n", oldName: "a/x y\nz", newName: "b/x y\nz")
        #expect(diff.hasPrefix("--- \"a/x y\\nz\"\t\n+++ \"b/x y\\nz\"\t\n@@ -1,1 +1,1 @@\n"), "\(diff)")
    }
}
