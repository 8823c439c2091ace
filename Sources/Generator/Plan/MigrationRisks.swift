/// Risks from the changes a spec makes to what already exists: data or schema migrations, an
/// old module or command replaced, a flag or an API deprecated or removed. One risk for the data
/// and one for the replacements, each citing every item that describes it.
struct MigrationRisks {
    var items: [SpecItemText]
    var locator: PhaseLocator

    func findings() -> [RiskPlanner.Finding] {
        let data = items.filter { $0.mentions(Self.migrationWords) && $0.mentions(Self.dataWords) }
        let replaced = items.filter {
            ($0.mentions(Self.migrationWords) && !$0.mentions(Self.dataWords)) || $0.mentions(Self.replacementWords)
        }
        var result: [RiskPlanner.Finding] = []
        if let first = data.first {
            let phase = first.phase ?? locator.foundation
            let foundation = locator.foundation.map { "in \($0.label)" } ?? "before the feature's phases"
            result.append(
                RiskPlanner.Finding(
                    risk: Plan.Risk(
                        title: "Data migration: " + Self.quoted(data),
                        mitigation:
                            "Write the migration \(foundation) so that it runs forward and back on a copy of real data, with a backup and a dry run, before \(phase?.label ?? "the feature") relies on the new shape; make it idempotent so a failed run can be repeated.",
                        key: "migration-data"),
                    phase: phase?.number, rank: 2))
        }
        if let first = replaced.first {
            let phase = first.phase ?? locator.firstFeature
            let documentation = locator.documentation.map { " and in \($0.label) (changelog, upgrade notes)" } ?? ""
            result.append(
                RiskPlanner.Finding(
                    risk: Plan.Risk(
                        title: "Replacing what exists: " + Self.quoted(replaced),
                        mitigation:
                            "Keep the old path working beside the new one until \(phase?.label ?? "the feature") is done, with tests that its callers still pass; say what changes for users in a deprecation notice\(documentation).",
                        key: "migration-replacement"),
                    phase: phase?.number, rank: 2))
        }
        return result
    }

    /// The first item, quoted with its id, and the ids of the others.
    private static func quoted(_ items: [SpecItemText]) -> String {
        let first = items[0]
        let others = items.dropFirst().compactMap(\.id)
        return (first.id.map { "\($0): " } ?? "") + Prose.shortened(first.text, to: 120)
            + (others.isEmpty ? "" : " (also \(Prose.list(others)))")
    }

    /// A migration, or the backfill of a data migration ("do not backfill" is a policy, not one).
    private static let migrationWords = Keywords([
        "migrate", "migrating", "migration of", "migration to", "migrations", "data migration", "schema migration",
        "backfill existing",
    ])
    /// What a migration moves when it is a data migration.
    private static let dataWords = Keywords([
        "data", "schema", "table", "column", "record", "database", "rows",
    ])
    private static let replacementWords = Keywords([
        "deprecate the", "deprecates the", "is deprecated", "are deprecated", "remove the deprecated",
        "replaces the existing", "replace the existing", "replaces the old ", "replace the old ", "replacing the old ",
        "replacing the existing", "remove the old ", "removes the old ", "legacy ", "relocate", "relocation",
        "no longer supported", "sunset",
    ])
}
