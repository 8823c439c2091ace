/// The outcome of laying freshly generated blocks onto the plan on disk.
public struct MergeResult: Sendable, Equatable {
    public var document: PlanDocument
    /// Ids of the blocks whose text changed, was added or was removed, in document order.
    public var changedBlocks: [String]
    /// Ids of the blocks kept as the user edited them.
    public var keptBlocks: [String]
}

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
        var changed: [String] = []
        var kept: [String] = []
        for old in blocks {
            guard let fresh = byId[old.marker.id], !result.blocks.contains(where: { $0.marker.id == old.marker.id }) else {
                if old.isPristine {
                    changed.append(old.marker.id)
                    result.keepUserText(old.tail)
                } else {
                    kept.append(old.marker.id)
                    result.blocks.append(old)
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
        }
        for (index, fresh) in generated.enumerated() where !result.blocks.contains(where: { $0.marker.id == fresh.id }) {
            let predecessor = generated[..<index].reversed().lazy.compactMap { earlier in
                result.blocks.firstIndex { $0.marker.id == earlier.id }
            }.first
            let position = predecessor.map { $0 + 1 } ?? 0
            if position > 0, result.blocks[position - 1].tail.isEmpty { result.blocks[position - 1].tail = [""] }
            let tail = position < result.blocks.count ? [""] : []
            result.blocks.insert(Block(marker: PlanDocument.marker(for: fresh), body: fresh.lines, tail: tail), at: position)
            changed.append(fresh.id)
        }
        if let last = result.blocks.indices.last, result.blocks[last].tail == [""] { result.blocks[last].tail = [] }
        let order = result.blocks.map(\.marker.id)
        changed.sort { (order.firstIndex(of: $0) ?? -1) < (order.firstIndex(of: $1) ?? -1) }
        return MergeResult(document: result, changedBlocks: changed, keptBlocks: kept)
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
        let ticked = Set(old.filter { $0.hasPrefix("- [x] ") || $0.hasPrefix("- [X] ") }.map(untickedLine))
        guard !ticked.isEmpty else { return lines }
        return lines.map { ticked.contains($0) ? "- [x] " + $0.dropFirst(6) : $0 }
    }
}
