extension PlanDocument {
    /// Regenerates the blocks still as plansync wrote them and keeps everything else byte for byte:
    /// hand-edited blocks, text between blocks, the user's own sections and their order.
    ///
    /// A block the user deleted is generated again after the block that precedes it in the
    /// generated order; a generated block that is no longer derived from the spec is removed
    /// unless the user edited it.
    public func merging(_ generated: [PlanBlock]) -> MergeResult {
        let byId = Dictionary(generated.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result = self
        result.blocks = []
        // Every lookup goes through a dictionary or a set: a plan with 20,000 phases is merged
        // in 20,000 steps, on every save.
        var placed = Set<PlanBlockID>()
        var changed: [PlanBlockID] = []
        var kept: [PlanBlockID] = []
        for old in blocks {
            guard let fresh = byId[old.marker.id], !placed.contains(old.marker.id) else {
                if old.isPristine {
                    changed.append(old.marker.id)
                    result.keepUserText(old.tail)
                } else {
                    kept.append(old.marker.id)
                    result.blocks.append(old)
                    placed.insert(old.marker.id)
                }
                continue
            }
            let deleted = old.body.allSatisfy { $0.trimmed.isEmpty }
            if old.isPristine || deleted {
                let body = PlanDocument.retick(fresh.lines, from: old.body)
                if body != old.body || deleted { changed.append(fresh.id) }
                let tail = deleted && old.tail.isEmpty ? [""] : old.tail
                result.blocks.append(Block(marker: PlanDocument.marker(for: fresh), body: body, tail: tail))
            } else {
                kept.append(old.marker.id)
                result.blocks.append(old)
            }
            placed.insert(old.marker.id)
        }
        changed += result.insertMissing(generated, placed: placed)
        if let last = result.blocks.indices.last, result.blocks[last].tail == [""] { result.blocks[last].tail = [] }
        let order = Dictionary(
            result.blocks.enumerated().map { ($1.marker.id, $0) }, uniquingKeysWith: { first, _ in first })
        changed.sort { (order[$0] ?? -1) < (order[$1] ?? -1) }
        return MergeResult(document: result, changedBlocks: changed, keptBlocks: kept)
    }

    /// Adds the generated blocks the file does not have (new ones, and ones the user deleted with
    /// their marker), each right after the block generated before it (the first at the top), a
    /// blank line between each two; returns their ids in generated order.
    private mutating func insertMissing(_ generated: [PlanBlock], placed: Set<PlanBlockID>) -> [PlanBlockID] {
        var top: [Block] = []
        var after: [PlanBlockID: [Block]] = [:]
        var anchor: PlanBlockID? = nil
        var seen = Set<PlanBlockID>()
        var inserted: [PlanBlockID] = []
        for fresh in generated where seen.insert(fresh.id).inserted {
            if placed.contains(fresh.id) {
                anchor = fresh.id
                continue
            }
            let block = Block(marker: PlanDocument.marker(for: fresh), body: fresh.lines, tail: [""])
            if let anchor { after[anchor, default: []].append(block) } else { top.append(block) }
            inserted.append(fresh.id)
        }
        guard !inserted.isEmpty else { return [] }
        var merged = top
        for var block in blocks {
            // Only after the first block of that id, should the file hold two.
            let following = after.removeValue(forKey: block.marker.id) ?? []
            if !following.isEmpty, block.tail.isEmpty { block.tail = [""] }
            merged.append(block)
            merged += following
        }
        blocks = merged
        return inserted
    }

    /// Text the user wrote after a block that is going away moves to the end of the block before it.
    private mutating func keepUserText(_ tail: [String]) {
        guard tail.contains(where: { !$0.trimmed.isEmpty }) else { return }
        if blocks.isEmpty {
            intro += tail
        } else {
            blocks[blocks.count - 1].tail += tail
        }
    }

    /// The generated lines with the boxes the user ticked in `old` ticked again, matched by text.
    static func retick(_ lines: [String], from old: [String]) -> [String] {
        let ticked = Set(old.filter { line in tickedPrefixes.contains { line.hasPrefix($0) } }.map(untickedLine))
        guard !ticked.isEmpty else { return lines }
        return lines.map { ticked.contains($0) ? "- [x] " + $0.dropFirst(6) : $0 }
    }
}
