/// The outcome of laying freshly generated blocks onto the plan on disk.
public struct MergeResult: Sendable, Equatable {
    public var document: PlanDocument
    /// Ids of the blocks whose text changed, was added or was removed: those removed first, the
    /// others in document order.
    public var changedBlocks: [PlanBlockID]
    /// Ids of the blocks kept as the user edited them.
    public var keptBlocks: [PlanBlockID]
}
