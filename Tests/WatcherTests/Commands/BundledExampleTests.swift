import Foundation
import Testing

/// The example the README sends a new user to: its committed plans must be what this version
/// writes, or the README's first command prints changes a fresh clone never made.
@Suite struct BundledExampleTests {
    @Test func theExamplePlansAreCurrent() throws {
        let result = try Plansync.run(["check", "--config", "config.json"], in: TestData.packageRoot)
        #expect(
            result.status == 0,
            "examples/ is out of date: run `swift build && .build/debug/plansync generate --config config.json` and commit the plans\n\(result.output)"
        )
    }
}
