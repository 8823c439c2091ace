/// The fingerprint of everything a plan is made from, as plan.md's header records it.
///
/// Its fields are written out one by one, so that renaming a Swift property changes no stored
/// fingerprint (a changed fingerprint makes the daemon regenerate every plan at its next start;
/// an unchanged one for changed inputs would leave a plan stale). The options' text is the one
/// `String(describing: options)` gave up to generator version 2, type names included, so that
/// no plan written before looks stale: strings and numbers are quoted as the standard library's
/// `debugDescription` quotes them. A new input changes the text on purpose: bump
/// `PlanSync.generatorVersion` with it. `InputsFingerprintTests` pins known values.
enum InputsFingerprint {
    static func of(_ inputs: PlanInputs) -> String {
        let fields = [
            PlanSync.generatorVersion, inputs.folder, inputs.constitution?.sourceHash ?? "-", inputs.siblingsHash,
            text(of: inputs.options), inputs.spec,
        ]
        return ContentHash.of(fields.joined(separator: "\u{1}"))
    }

    /// `PlanOptions(stack: nil, estimates: Generator.Estimates(foundationDays: 2.0, …))`.
    static func text(of options: PlanOptions) -> String {
        let stack = options.stack.map { "Optional(\(text(of: $0)))" } ?? "nil"
        return "PlanOptions(stack: \(stack), estimates: \(text(of: options.estimates)))"
    }

    /// `Generator.TechStack(backend: "Go", …, source: Generator.TechStack.Source.config)`.
    static func text(of stack: TechStack) -> String {
        let parts = [
            ("backend", stack.backend), ("frontend", stack.frontend), ("database", stack.database),
            ("cache", stack.cache),
        ]
        let source =
            switch stack.source {
            case .config: "config"
            case .constitution: "constitution"
            case .default: "default"
            }
        return "Generator.TechStack(" + parts.map { "\($0): \(String(reflecting: $1))" }.joined(separator: ", ")
            + ", source: Generator.TechStack.Source.\(source))"
    }

    /// `Generator.Estimates(foundationDays: 2.0, daysPerService: 1.0, …)`, in `Estimates.fields` order.
    static func text(of estimates: Estimates) -> String {
        let parts = Estimates.fields.map { "\($0.name): \(String(reflecting: estimates[keyPath: $0.keyPath]))" }
        return "Generator.Estimates(" + parts.joined(separator: ", ") + ")"
    }
}
