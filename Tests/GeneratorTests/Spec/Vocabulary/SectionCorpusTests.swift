import Testing

@testable import Generator

/// Every heading of every spec in the real-world corpus (German, French, Chinese, Japanese and
/// English specs, free-form ones, and both Spec Kit templates) gets its meaning where it stands.
/// Each expectation was checked by eye against the spec; codes are `CorpusHeadings.code`, in
/// heading order, `story*3` for three in a row.
@Suite(
    .enabled(
        if: CorpusHeadings.isAvailable, "../shared/corpus is absent beside the package: corpus headings not checked"))
struct SectionCorpusTests {
    static let expected: [(String, String)] = [
        (
            "aphiria-com/specs/001-ephemeral-environment/spec.md",
            "title clarifications*5 overview scenarios story*3 req req.functional*2 other*5 components*8 other components*8 other*6 entities*2 criteria other*7 assumptions*2 req.nonFunctional req.performance req.nonFunctional req.reliability req.nonFunctional*4 req*4 phases phase*4 outOfScope"
        ),
        (
            "aphiria-com/specs/001-infrastructure-config-extraction/spec.md",
            "title clarifications*2 scenarios story*3 edge req req.functional entities criteria*2 assumptions deps outOfScope"
        ),
        (
            "aphiria-com/specs/001-monitoring-alerting/spec.md",
            "title clarifications*2 scenarios story*6 edge req req.functional entities criteria*2 assumptions deps scope*2 outOfScope"
        ),
        (
            "aphiria-com/specs/002-playwright-smoke-tests/spec.md",
            "title clarifications*2 scenarios story*4 edge req req.functional entities criteria*2 assumptions outOfScope"
        ),
        (
            "bogenampel/specs/001-archery-timer/spec.md",
            "title scenarios story*5 edge req req.functional entities criteria*2 clarifications*2"
        ),
        (
            "bogenampel/specs/001-battery-monitoring-display/spec.md",
            "title clarifications*2 scenarios story*3 edge req req.functional entities criteria*2 assumptions"
        ),
        (
            "bogenampel/specs/001-benutzer-fuehrung/spec.md",
            "title scenarios story*5 edge req req.functional*9 entities criteria*2"
        ),
        (
            "bogenampel/specs/002-shooter-groups/spec.md",
            "title clarifications*2 scenarios story*4 edge req req.functional entities criteria*2 assumptions"
        ),
        (
            "bogenampel/specs/003-startup-logo-splash/spec.md",
            "title clarifications*2 scenarios story*2 edge req req.functional entities criteria*2 assumptions"
        ),
        (
            "bruno-to-postman/specs/001-bruno-to-postman/spec.md",
            "title clarifications*2 scenarios story*4 edge req req.functional entities criteria*2 assumptions"
        ),
        (
            "bruno-to-postman/specs/002-batch-conversion/spec.md",
            "title overview primary acceptance*9 components*4 req.technical*4 phases phase*5 edge criteria outOfScope"
        ),
        (
            "deep-causality/specs/001-mrmr-feature-selector/spec.md",
            "title guidance*4 scenarios primary acceptance edge req req.functional req.nonFunctional entities guidance*4"
        ),
        (
            "deep-causality/specs/003-causal-disovery-dsl/spec.md",
            "title guidance*4 scenarios primary acceptance edge req req.functional entities req*3 guidance*4"
        ),
        (
            "deep-causality/specs/004-maybeuncertain-is-your/spec.md",
            "title guidance*2 scenarios primary acceptance edge req req.functional req.nonFunctional entities guidance*4"
        ),
        (
            "deep-causality/specs/005-right-now-there/spec.md",
            "title guidance*4 scenarios primary acceptance edge req req.functional entities guidance*4"
        ),
        (
            "deep-causality/specs/006-mrmr-feature-score/spec.md",
            "title clarifications*2 scenarios primary acceptance edge req req.functional req.nonFunctional entities guidance*3"
        ),
        (
            "deep-causality/specs/007-name-parallelize-mrmr/spec.md",
            "title guidance*4 clarifications*2 scenarios primary acceptance edge req req.functional guidance*4"
        ),
        (
            "deep-causality/specs/008-hkt-uncertain-specs/spec.md",
            "title guidance*4 scenarios primary acceptance edge*2 req req.functional entities clarifications*2 guidance*4"
        ),
        (
            "django-literature/specs/001-csl-json-data-model/spec.md",
            "title scenarios story*3 edge req req.functional entities clarifications*5 criteria*2 assumptions"
        ),
        (
            "django-literature/specs/002-django-admin-interface/spec.md",
            "title clarifications*2 scenarios story*5 edge req req.functional entities criteria*2 assumptions"
        ),
        (
            "django-literature/specs/003-import-contract/spec.md",
            "title clarifications*2 scenarios story*3 edge req req.functional req entities criteria*2 assumptions changes*2"
        ),
        (
            "django-literature/specs/004-import-references-bibtex/spec.md",
            "title clarifications*3 scenarios story*4 edge req req.functional req criteria*2 testing assumptions changes*4"
        ),
        (
            "django-literature/specs/005-import-references-ris/spec.md",
            "title clarifications*3 scenarios story*4 edge req req.functional req entities criteria*2 testing assumptions changes*4"
        ),
        (
            "excalidraw/specs/001-double-headed-arrow/spec.md",
            "title scenarios story*3 edge req req.functional entities criteria*2"
        ),
        (
            "ksail-go/specs/001-cni-installer-move/spec.md",
            "title clarifications*2 scenarios story*3 edge req req.functional entities req.nonFunctional assumptions criteria*2"
        ),
        (
            "ksail-go/specs/001-flux-oci-integration/spec.md",
            "title clarifications*2 scenarios story*6 edge req req.functional entities criteria*2"
        ),
        (
            "ksail-go/specs/001-migrate-docs/spec.md",
            "title scenarios story*3 edge req req.functional entities assumptions overview*2 outOfScope overview clarifications*2 criteria*2"
        ),
        (
            "ksail-go/specs/001-optimize-ci-system-test/spec.md",
            "title clarifications*2 scenarios story*3 edge req assumptions req.functional entities criteria*2"
        ),
        (
            "minimalist-launcher/specs/001-minimalist-launcher/spec.md",
            "title clarifications*4 scenarios story*9 edge req req.functional entities criteria*2 constraints"
        ),
        (
            "minimalist-launcher/specs/002-auto-launch/spec.md",
            "title scenarios story*3 req.functional criteria entities assumptions"
        ),
        (
            "minimalist-launcher/specs/003-ui-polish-animation/spec.md",
            "title scenarios story*3 edge req req.functional entities criteria*2"
        ),
        (
            "minimalist-launcher/specs/004-app-context-menu/spec.md",
            "title scenarios story*2 edge req req.functional entities criteria*2 scope*2 outOfScope assumptions deps req.nonFunctional"
        ),
        (
            "minimalist-launcher/specs/005-battery-indicator-polish/spec.md",
            "title scenarios story*3 edge req req.functional entities criteria*2"
        ),
        (
            "minimalist-launcher/specs/006-usage-awareness/spec.md",
            "title scenarios story*3 edge req req.functional*4 req.data req.usability entities criteria*2 assumptions"
        ),
        (
            "minimalist-launcher/specs/007-settings-activity/spec.md",
            "title scenarios story*5 edge req req.functional entities criteria*2"
        ),
        (
            "modular/specs/001-baseline-specification-for/spec.md",
            "title guidance overview*4 scope clarifications guidance*3 scenarios primary scenarios acceptance edge clarifications req req.functional req.nonFunctional criteria testing entities guidance*4"
        ),
        (
            "molkky-score/specs/004-game-ui-polish/spec.md",
            "title clarifications*2 scenarios story*5 edge req req.functional criteria*2 assumptions"
        ),
        (
            "openleague/specs/003-rink-sessions-purchasing/spec.md",
            "title overview scenarios story*6 edge req req.functional entities assumptions criteria"
        ),
        (
            "releasesync/specs/001-console-tool-foundation/spec.md",
            "title scenarios story*3 edge req req.functional entities criteria*2"
        ),
        (
            "releasesync/specs/002-pr-aggregation-tool/spec.md",
            "title scenarios story*3 edge req req.functional entities criteria*2 assumptions"
        ),
        (
            "releasesync/specs/003-filter-unmapped-data/spec.md",
            "title scenarios story*3 edge req req.functional entities criteria*2"
        ),
        (
            "retroforge-engine/specs/001-core-engine/spec.md",
            "title overview scenarios story*2 req.technical*2 req.performance req.interface req.functional*6 components*2 deps stack testing*4 req.documentation*4 criteria*4 phases phase*7"
        ),
        (
            "spec-kit-templates/v0.0-initial/spec-template.md",
            "title guidance*4 scenarios primary acceptance edge req req.functional entities guidance*4"
        ),
        (
            "spec-kit-templates/v1.0.1/spec-template.md",
            "title scenarios story*3 edge req req.functional entities criteria*2 assumptions"
        ),
        (
            "vitafolio/specs/001-build-vitafolio-a/spec.md",
            "title guidance*2 scenarios primary acceptance edge req req.functional entities guidance*4"
        ),
    ]

    @Test(arguments: expected)
    func everyCorpusHeadingHasItsMeaning(path: String, codes: String) throws {
        let text = try #require(CorpusHeadings.text(path), "\(path) is missing from the corpus")
        let found = CorpusHeadings.meanings(in: text)
        let expected = CorpusHeadings.expand(codes)
        #expect(found.count == expected.count, "\(path): \(found.count) headings, expected \(expected.count)")
        for (index, (heading, code)) in zip(found, expected).enumerated() {
            #expect(CorpusHeadings.code(heading.meaning) == code, "\(path) heading \(index + 1) \"\(heading.title)\"")
        }
    }

    /// No spec of the corpus is left out of the table above.
    @Test func everyCorpusSpecIsChecked() {
        let checked = Set(Self.expected.map(\.0))
        let missing = CorpusHeadings.specPaths().filter { !checked.contains($0) }
        #expect(missing.isEmpty, "specs without expected headings: \(missing)")
    }
}
