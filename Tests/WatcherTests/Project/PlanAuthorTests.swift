import Foundation
import Testing

@testable import Watcher

/// A plan.md without plansync's header is named by its author when that is Spec Kit's
/// `/speckit.plan`, whose template has a shape of its own; anything else is "another tool or by hand".
@Suite struct PlanAuthorTests {
    /// The shape of Spec Kit's plan template, in this project's own words.
    static let specKitPlan = """
        # Implementation Plan: Tide Chart

        **Branch**: `001-tide-chart` | **Date**: 2026-11-02 | **Spec**: [spec.md](spec.md)

        ## Summary

        Show the week's tides for a harbour.

        ## Technical Context

        **Language/Version**: Swift 6.3
        **Primary Dependencies**: none

        ## Constitution Check

        Passes.
        """

    @Test(arguments: [
        (specKitPlan, PlanAuthor.specKit),
        // Translated, CRLF, no Technical Context heading in English.
        ("# Implementierungsplan: Timer\r\n\r\n## Technischer Kontext\r\n\r\nC++\r\n", .specKit),
        // The template's own note is enough.
        ("# Plan\n\n**Note**: This template is filled in by the `/speckit.plan` command.\n", .specKit),
        // Before the rename: the /plan command's execution flow.
        ("# Plan: X\n\n## Execution Flow (/plan command scope)\n", .specKit),
        // One sign is not enough: a plan of one's own titled like Spec Kit's.
        ("# Implementation Plan: Our own\n\n## Steps\n\n1. Build it.\n", .unknown),
        ("# Our plan\n\nWritten by us.\n", .unknown),
        ("", .unknown),
    ])
    func aPlanIsAttributedByItsShape(text: String, author: PlanAuthor) {
        #expect(PlanAuthor.of(foreignPlan: text) == author, "\(text.prefix(40))")
    }

    @Test func plansyncsOwnPlanWithoutItsHeaderIsNotSpecKits() throws {
        let plan = try String(
            contentsOf: TestData.packageRoot.appendingPathComponent(
                "examples/bookclub/specs/001-reading-lists/plan.md"),
            encoding: .utf8)
        let stripped = plan.split(separator: "\n").filter { !$0.hasPrefix("<!--") }.joined(separator: "\n")
        #expect(PlanAuthor.of(foreignPlan: stripped) == .unknown)
    }

    /// Every plan Spec Kit wrote in the shared corpus (English, German, Chinese, Japanese).
    @Test(.enabled(if: TestData.corpusIsPresent, Comment(rawValue: TestData.corpusAbsence)))
    func everySpecKitPlanOfTheCorpusIsRecognised() throws {
        let files =
            FileManager.default.enumerator(atPath: TestData.corpus.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix("plan.upstream.md") || $0.hasSuffix("plan-template.md") } ?? []
        #expect(files.count >= 10)
        for file in files {
            let text = try String(contentsOf: TestData.corpus.appendingPathComponent(file), encoding: .utf8)
            #expect(PlanAuthor.of(foreignPlan: text) == .specKit, "\(file) is Spec Kit's plan")
        }
    }
}
