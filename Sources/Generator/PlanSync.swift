/// The generator's entry point: a plan's blocks or text for its inputs, and what to do with a
/// plan.md on disk (create it, merge into it keeping hand edits, or leave it alone). The daemon and
/// `plansync generate|check|diff` all go through `update`.
public enum PlanSync {
    /// Changes whenever the generator's output for the same inputs changes, so that plans follow an upgrade.
    public static let generatorVersion = "plansync-generator-5"

    /// The plan for these inputs, as blocks.
    public static func blocks(for inputs: PlanInputs) -> [PlanBlock] {
        let lines = markdownLines(inputs.spec)
        let spec = SpecParser.parse(inputs.spec, lines: lines, folder: inputs.folder)
        return PlanRenderer.blocks(plan(for: inputs, spec: spec, lines: lines))
    }

    /// - Parameter lines: the spec's lines, split once for the parser and the spec's stack.
    private static func plan(for inputs: PlanInputs, spec: Spec, lines: [MarkdownLine]) -> Plan {
        PlanBuilder(
            spec: spec, constitution: inputs.constitution, siblings: inputs.siblings, options: inputs.options,
            profile: inputs.profile, specStack: SpecStack(spec: inputs.spec, lines: lines)
        ).build()
    }

    /// The complete plan.md text for these inputs, as a fresh file.
    public static func render(_ inputs: PlanInputs) -> String {
        PlanDocument(blocks: blocks(for: inputs), inputsHash: inputs.fingerprint).rendered()
    }

    /// Decides what plan.md should become.
    /// - Parameters:
    ///   - existing: plan.md's current text, nil when there is none.
    ///   - force: regenerate every section, and replace a plan the user wrote or one that is cut short.
    ///     A spec that is still the unfilled template gets no plan, forced or not (`.skippedTemplate`).
    ///   - trustFingerprint: skip generating when plan.md records these very inputs (the daemon's
    ///     choice; `generate` regenerates, so that a section you deleted comes back).
    public static func update(
        existing: String?, inputs: PlanInputs, force: Bool = false, trustFingerprint: Bool = false
    ) -> PlanUpdate {
        let fingerprint = inputs.fingerprint
        if trustFingerprint, !force, let existing, isComplete(existing, fingerprint: fingerprint) {
            var update = PlanUpdate(outcome: .unchanged, text: nil, summary: ChangeSummary())
            update.referencedFeatures = referencedFeatures(inPlan: existing)
            return update
        }
        let lines = markdownLines(inputs.spec)
        let spec = SpecParser.parse(inputs.spec, lines: lines, folder: inputs.folder)
        if spec.isUnfilledTemplate {
            return PlanUpdate(outcome: .skippedTemplate, text: nil, summary: ChangeSummary())
        }
        let plan = plan(for: inputs, spec: spec, lines: lines)
        var update = update(
            existing: existing, plan: plan, generated: PlanRenderer.blocks(plan), force: force,
            fingerprint: fingerprint)
        update.specTitle = spec.title
        update.referencedFeatures = spec.featureReferences.map { String($0.number) }.uniqued()
        return update
    }

    /// Whether plansync wrote this plan.md (its header is in the first three lines): the start
    /// of the file is enough. One it did not write is the user's, or Spec Kit's own, whose
    /// Technical Context is a source of the project's profile.
    public static func isWrittenByPlansync(_ text: String) -> Bool {
        normalizedLines(String(Substring(text.utf8.prefix(600)))).prefix(3).contains {
            $0.hasPrefix(PlanDocument.headerPrefix)
        }
    }

    /// A plan whose header records `fingerprint` and that has its end marker.
    static func isComplete(_ text: String, fingerprint: String) -> Bool {
        let firstLines = text.utf8.prefix(600)
        guard
            let header = normalizedLines(String(Substring(firstLines))).prefix(3).first(where: {
                $0.hasPrefix(PlanDocument.headerPrefix)
            }),
            PlanDocument.inputsHash(inHeader: header) == fingerprint
        else { return false }
        return ByteString(text).contains(ByteString(PlanDocument.endMarker))
    }

    /// The feature numbers a plan's Feature Dependencies name (`- Spec 002: …`).
    public static func referencedFeatures(inPlan text: String) -> [String] {
        normalizedLines(text).filter { $0.hasPrefix("- Spec ") }.map {
            String($0.dropFirst(7).prefix(while: \.isNumber))
        }.filter { !$0.isEmpty }.uniqued()
    }

    private static func update(
        existing: String?, plan: Plan, generated: [PlanBlock], force: Bool, fingerprint: String
    ) -> PlanUpdate {
        guard let existing else {
            let text = PlanDocument(blocks: generated, inputsHash: fingerprint).rendered()
            let lines = ChangeSummary.lineCounts(from: "", to: text).added
            var update = PlanUpdate(
                outcome: .created, text: text,
                summary: ChangeSummary(added: lines, sections: sectionNames(generated.map(\.id))))
            update.shape = PlanShape(plan)
            return update
        }
        let document = PlanDocument(parsing: existing)
        var merged: MergeResult
        switch (document.kind, force) {
        case (.userWritten, false):
            return PlanUpdate(outcome: .skippedUserWritten, text: nil, summary: ChangeSummary())
        case (.truncated, false):
            return PlanUpdate(outcome: .skippedTruncated, text: nil, summary: ChangeSummary())
        case (_, true):
            let fresh = PlanDocument(blocks: generated, usesCRLF: document.usesCRLF, inputsHash: fingerprint)
            merged = MergeResult(document: fresh, changedBlocks: generated.map(\.id), keptBlocks: [])
        case (.managed, false):
            merged = document.merging(generated)
        }
        // A plan whose every section is as it should be is not rewritten only to record the
        // fingerprint of inputs that changed nothing it says (a date in the spec, say).
        merged.document.inputsHash = force ? fingerprint : document.inputsHash
        guard merged.document.rendered() != existing else {
            return PlanUpdate(
                outcome: .unchanged, text: nil, summary: ChangeSummary(kept: sectionNames(merged.keptBlocks)))
        }
        merged.document.inputsHash = fingerprint
        let text = merged.document.rendered()
        let counts = ChangeSummary.lineCounts(from: existing, to: text)
        let changed =
            force ? sectionNames(changedSections(from: document, to: generated)) : sectionNames(merged.changedBlocks)
        var update = PlanUpdate(
            outcome: .updated, text: text,
            summary: ChangeSummary(
                added: counts.added, removed: counts.removed, sections: changed, kept: sectionNames(merged.keptBlocks)))
        update.shape = PlanShapeReader.shape(of: merged.document, plan: plan, blocks: generated)
        return update
    }

    /// With `--force` every block is rewritten; name only those whose text differs from before.
    private static func changedSections(from old: PlanDocument, to generated: [PlanBlock]) -> [PlanBlockID] {
        let before = Dictionary(old.blocks.map { ($0.marker.id, $0.body) }, uniquingKeysWith: { first, _ in first })
        return generated.filter { before[$0.id] != $0.lines }.map(\.id)
    }

    /// Block ids to `##` section names, each once, in order.
    static func sectionNames(_ ids: [PlanBlockID]) -> [String] {
        ids.map(\.sectionName).uniqued()
    }
}
