/// The fingerprint of everything a plan is made from, as plan.md's header records it.
///
/// Its fields are written out one by one, so that renaming a Swift property changes no stored
/// fingerprint (a changed fingerprint makes the daemon regenerate every plan at its next start;
/// an unchanged one for changed inputs would leave a plan stale). Strings are quoted as the
/// standard library's `debugDescription` quotes them. A new input changes the text on purpose:
/// bump `PlanSync.generatorVersion` with it. `InputsFingerprintTests` pins known values.
enum InputsFingerprint {
    static func of(_ inputs: PlanInputs) -> String {
        let fields = [
            PlanSync.generatorVersion, inputs.folder, inputs.constitution?.sourceHash ?? "-", inputs.siblingsHash,
            text(of: inputs.options), inputs.profileHash, inputs.spec,
        ]
        // `ContentHash.of` the fields joined by U+0001, folded field by field: the spec is not copied.
        var hash = FNV1a()
        for (number, field) in fields.enumerated() {
            if number > 0 { hash.add(1 as UInt8) }
            hash.add(field.utf8)
        }
        return ContentHash.hex(hash.value)
    }

    /// `PlanOptions(estimates: Estimates(foundationDays: 2.0, …), language: "auto")`.
    static func text(of options: PlanOptions) -> String {
        "PlanOptions(estimates: \(text(of: options.estimates)), language: \(String(reflecting: options.language?.rawValue ?? "auto")))"
    }

    /// `Estimates(foundationDays: 2.0, daysPerService: 1.0, …)`, in `Estimates.fields` order.
    static func text(of estimates: Estimates) -> String {
        let parts = Estimates.fields.map { "\($0.name): \(String(reflecting: estimates[keyPath: $0.keyPath]))" }
        return "Estimates(" + parts.joined(separator: ", ") + ")"
    }

    /// A profile as lines of its facts, kind evidence, stated and cleared roles and problems, each with its
    /// source spelled out here (not by `description`, which is worded for people).
    static func text(of profile: ProjectProfile) -> String {
        var lines = profile.facts.map { fact in
            [
                fact.technology.name, fact.technology.role.rawValue, fact.version ?? "-", key(of: fact.source),
                fact.isDeclared ? "declared" : "mentioned", fact.isImplied ? "implied" : "stated",
            ].joined(separator: "|")
        }
        lines += profile.kindEvidence.map { "kind|\($0.kind.rawValue)|\(key(of: $0.source))|\($0.weight)" }
        lines += profile.cleared.sorted { $0.key < $1.key }.map { "none|\($0.key.rawValue)|\(key(of: $0.value))" }
        lines += profile.stated.sorted { $0.key < $1.key }.map { "stated|\($0.key.rawValue)|\(key(of: $0.value))" }
        lines += profile.problems.map { "problem|\($0.path)|\($0.reason)" }
        return lines.joined(separator: "\n")
    }

    private static func key(of source: ProfileSource) -> String {
        switch source {
        case .projectSettings: "settings"
        case .config: "config"
        case .constitution: "constitution"
        case .spec: "spec"
        case .specKitPlan(let path): "plan:" + path
        case .manifest(let path): "manifest:" + path
        case .marker(let path): "marker:" + path
        case .assumedDefault: "default"
        }
    }
}
