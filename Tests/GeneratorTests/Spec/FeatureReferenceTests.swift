import Testing

@testable import Generator

/// Which numbers in a spec name other features. "more than 1,000 books" gave the dependency
/// `Spec 000: (unknown title) — not found in specs/`; a 240-second timer gave `Spec 240: Second`.
@Suite struct FeatureReferenceTests {
    @Test(arguments: [
        ("Depends on 002", ["002"]),
        ("See Spec 002 for the rink.", ["002"]),
        ("as spec 002 says", ["002"]),
        ("Feature 002 ships first", ["002"]),
        ("feature 123 is numbered without zeros", ["123"]),
        ("Spec 002: Ice rink", ["002"]),
        ("Builds on 002-ice-rink.", ["002-ice-rink"]),
        ("see `002-ice-rink` and Spec 014", ["002-ice-rink", "014"]),
        ("The design is in specs/002-ice-rink/spec.md", ["002-ice-rink"]),
        ("as in specs/014", ["014"]),
        ("see [the rink](../002-ice-rink/spec.md)", ["002-ice-rink"]),
        ("**Parent Feature**: 001-bruno-to-postman (Phase 3)", ["001-bruno-to-postman"]),
        ("features 002, 003 and 004", ["002", "003", "004"]),
        ("features 002,003", ["002", "003"]),
        ("Features 001 002", ["001", "002"]),
        ("FR-001 builds on 002-ice-rink", ["002-ice-rink"]),
        ("Relationship to 002", ["002"]),
    ])
    func realReferencesAreFound(line: String, expected: [String]) {
        #expect(FeatureReference.all(in: line).map(\.name) == expected, "\(line)")
    }

    @Test(arguments: [
        "more than 1,000 books",
        "1,001 nights, 2 005 members, 1'002 francs, 3’004 more",
        "10.000 members",
        "1 000 members and 10 000 guests",
        "1 000 001 rows",
        "1'000 francs",
        "100,000 visitors and 100,020 more",
        "the value 3.001",
        "v1.002 and 2.003.1 are versions, 002.5 too",
        "at 10:030 and 002:30",
        "FR-001, SC-002 and US-003 are requirements",
        "T001 and T002 are tasks",
        "PR #123 and issue #001",
        "issue 001, ticket 002, version 003, step 004",
        "the display shows 000",
        "000-pre-specs holds notes",
        "2025-12-13 is a date, 100ms a duration, 1000 a count, 050% a share",
        "HTTP 200 and port 443",
        "docs/002 is a page",
        "migration_002_users",
    ])
    func otherNumbersAreNotReferences(line: String) {
        let found = FeatureReference.all(in: line).map(\.name)
        #expect(found.isEmpty, "\(line): \(found)")
    }

    /// Tables number their rows (`| 005 | Service Scope |`): there only folder names count.
    @Test func tablesNameFeaturesOnlyByFolder() {
        let spec = SpecParser.parse(
            """
            # Feature Specification: Books

            ## Requirements

            | # | Scope | Notes |
            |---|---|---|
            | 005 | Service Scope | Design in specs/045-dynamic-reload |
            """, folder: "001-books")
        #expect(spec.featureReferences.map(\.name) == ["045-dynamic-reload"])
    }

    @Test(arguments: [
        ("a 240-second timer", "240-second", false),
        ("a 400-entry file", "400-entry", false),
        ("Spec 240-second-screen", "240-second-screen", true),
        ("specs/240-second-screen", "240-second-screen", true),
        ("002-ice-rink", "002-ice-rink", true),
    ])
    func aNumberWithASlugButNoZeroIsOnlyPossiblyAFeature(line: String, name: String, certain: Bool) {
        #expect(FeatureReference.all(in: line) == [FeatureReference(name: name, isCertain: certain)])
    }

    static func dependencies(_ prose: String, siblings: [String] = []) -> [String] {
        let spec = SpecParser.parse("# Feature Specification: Books\n\n## Overview\n\n\(prose)\n", folder: "001-books")
        let siblings = siblings.map { SiblingSpec(folder: $0, title: SpecTitle.fromFolder($0)) }
        return PlanBuilder(spec: spec, constitution: nil, siblings: siblings, options: PlanOptions())
            .featureDependencies()
    }

    @Test func thousandsAreNoFeatureDependency() {
        #expect(
            Self.dependencies("A library of more than 1,000 books, 1,050 loans, 10.000 visits and 1 002 members.") == [
                "None"
            ])
    }

    @Test func referencesResolveAgainstTheProjectsSpecFolders() {
        let siblings = ["002-ice-rink", "003-venues"]
        #expect(
            Self.dependencies("Needs Spec 002 and specs/003-venues.", siblings: siblings) == [
                "Spec 002: Ice Rink", "Spec 003: Venues",
            ])
        #expect(
            Self.dependencies("Needs 004.", siblings: siblings) == [
                "Spec 004: (unknown title) — not found in specs/ (referenced as `004`)"
            ])
        #expect(Self.dependencies("The own number 001 is no dependency.") == ["None"])
    }

    @Test func aPossibleReferenceCountsOnlyWhenItsFolderExists() {
        #expect(Self.dependencies("Shows a 240-second timer.") == ["None"])
        #expect(Self.dependencies("Shows a 240-second timer.", siblings: ["240-payments"]) == ["None"])
        #expect(
            Self.dependencies("Shows a 240-second timer.", siblings: ["240-second-screen"]) == [
                "Spec 240: Second Screen"
            ])
    }

    /// The daemon regenerates a plan when a spec it names changes its title, or appears: possible
    /// references are watched too, so that the folder's creation brings the dependency in.
    @Test func possibleReferencesAreWatchedForTheirFolders() {
        let inputs = PlanInputs(
            spec: "# Feature Specification: Books\n\nSee 002 and a 240-second timer; 1,000 books.\n",
            folder: "001-books",
            constitution: nil, siblings: [])
        #expect(PlanSync.update(existing: nil, inputs: inputs).referencedFeatures == ["002", "240"])
    }
}
