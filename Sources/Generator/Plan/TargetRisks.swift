/// Risks from the spec's measurable targets that the project's kind makes hard to meet: a
/// latency in milliseconds, a frame rate, a memory budget on a device, a refresh interval a
/// phone's scheduler decides, a load of ten thousand items, an availability of 99.9 %. Targets
/// people reach ("users can finish in 2 minutes") are the product's, not the code's, and are left
/// to the criteria.
struct TargetRisks {
    var spec: Spec
    var shape: ProjectShape
    var locator: PhaseLocator

    /// How many targets get a risk of their own; the others are named in the last one.
    static let limit = 3

    func findings() -> [RiskPlanner.Finding] {
        var hard: [(id: String?, text: String, targets: [MeasurableTarget], requirement: Bool)] = []
        var seen = Set<String>()
        let items =
            spec.successCriteria.map { ($0.id, $0.text, false) } + spec.requirements.map { ($0.id, $0.text, true) }
        for (id, text, isRequirement) in items {
            let targets = MeasurableTarget.all(in: text)
            guard !targets.isEmpty, isHard(targets, text: text), seen.insert(text).inserted else { continue }
            hard.append((id, text, targets, isRequirement))
        }
        let shown = hard.prefix(Self.limit)
        let others = hard.dropFirst(Self.limit).map { $0.id ?? Prose.shortened($0.text, to: 40) }
        let phaseWords = shown.contains { !$0.requirement } ? locator.featurePhaseWords() : []
        return shown.enumerated().map { index, item in
            let phase =
                (item.requirement ? item.id.flatMap(locator.phase(ofItem:)) : nil)
                ?? locator.phase(sharingWordsWith: Set(SignificantWords.of(item.text)), among: phaseWords)
                ?? locator.testing
            var mitigation = mitigation(item.targets, phase: phase)
            if index == shown.count - 1, !others.isEmpty {
                mitigation += " The other hard targets (\(Prose.list(others))) are measured the same way."
            }
            let title = "Hard target" + (item.id.map { " \($0)" } ?? "") + ": " + Prose.shortened(item.text, to: 200)
            return RiskPlanner.Finding(
                risk: Plan.Risk(
                    title: title, mitigation: mitigation, key: "target-" + PlanBlockID.key(from: item.id ?? item.text)),
                phase: phase?.number, rank: 4)
        }
    }

    /// Whether a figure of the text is one the code must be built and measured for: a bound
    /// ("within", "under", "<", "以内") on a time, size or count, a frame rate, an availability.
    private func isHard(_ targets: [MeasurableTarget], text: String) -> Bool {
        let words = WordIndex(text)
        let folded = ByteString(lowercasing: text)
        let bounded = Self.boundMarks.contains { folded.contains($0) } || words.containsAny(Self.boundWords)
        let personal = words.containsAny(Self.personWords) && words.containsAny(Self.canWords)
        let hasTime = targets.contains { if case .time = $0.dimension { true } else { false } }
        let interactive: Set<ProjectKind> = [.mobileApp, .embedded, .webApplication, .desktopApp, .game, .apiService]
        return targets.contains { target in
            switch target.dimension {
            case .rate: return true
            case .frequency: return words.containsAny(["refresh", "render", "frame", "frames", "display rate"])
            case .time(let seconds):
                guard bounded else { return false }
                if seconds < 1 { return true }
                if personal { return false }
                if seconds <= 5 { return shape.kind.map(interactive.contains) ?? false }
                if words.containsAny(Self.pipelineWords) { return true }
                return seconds >= 60 && [.mobileApp, .embedded].contains(shape.kind)
                    && words.containsAny(Self.backgroundWords)
            case .size:
                return bounded && (shape.kind == .embedded || words.containsAny(Self.budgetWords))
            case .percentage(let value):
                return !personal
                    && (words.containsAny(Self.measuredRatioWords)
                        || (value < 100 && words.containsAny(Self.availabilityWords)))
            case .count:
                return bounded && hasTime || words.containsAny(["concurrent", "concurrently", "simultaneous"])
            }
        }
    }

    private func mitigation(_ targets: [MeasurableTarget], phase: PhaseLocator.Located?) -> String {
        func figures(_ wanted: (MeasurableTarget.Dimension) -> Bool) -> String {
            let chosen = targets.filter { wanted($0.dimension) }
            return Prose.list((chosen.isEmpty ? targets : chosen).map(\.figure).uniqued())
        }
        let all = figures { _ in true }
        let isTesting = phase != nil && phase == locator.testing
        let place: String
        if let phase {
            place = isTesting ? "in \(phase.label)" : "in \(phase.label), where it is built"
        } else {
            place = "from the first feature phase"
        }
        let testing = isTesting ? "" : locator.testing.map { "; \($0.label) checks it again end to end" } ?? ""
        switch targets.first?.dimension {
        case .time(let seconds) where seconds >= 60 && shape.kind == .mobileApp:
            return
                "\(shape.device ?? "The phone") decides when background work runs: prove \(all) on a real device \(place), before the rest relies on it, and show when data is stale\(testing)."
        case .size where shape.kind == .embedded:
            return
                "Read the memory and flash use from every build \(place) (the linker's size report) on \(shape.device ?? "the target board") and fail the build over \(all)\(testing)."
        case .percentage:
            let ratio = figures { if case .percentage = $0 { true } else { false } }
            return
                "Decide how \(ratio) is measured (monitoring, an error budget) \(place), and alert when it drops\(testing)."
        default:
            if shape.kind == .embedded {
                return
                    "Time \(all) on \(shape.device ?? "the target board") itself \(place) (a pin toggled around the path and read on a logic analyser, or timestamps on the serial log)\(testing)."
            }
            return
                "Measure \(all) with a benchmark \(place), on \(reference), and fail CI when it regresses\(testing)."
        }
    }

    /// What a measurement runs on, by the kind of project.
    private var reference: String {
        switch shape.kind {
        case .mobileApp: "a low-end \(shape.device ?? "device")"
        case .embedded: shape.device ?? "the target board"
        case .webApplication: "the slowest supported browser with production-sized data"
        case .game: "the minimum supported hardware"
        case .apiService, .dataPipeline: "production-sized data"
        case .commandLineTool, .infrastructure: "a CI runner"
        default: "the slowest supported machine"
        }
    }

    private static let personWords = [
        "user", "users", "operator", "operators", "administrator", "administrators", "admin", "admins", "team",
        "developer", "developers", "maintainer", "maintainers", "member", "members", "player", "players",
        "people", "staff", "skater", "skaters", "customer", "customers", "visitor", "visitors", "hand",
        "utilisateur", "utilisateurs", "usuario", "usuarios", "usuário", "usuários", "benutzer", "nutzer",
    ]
    /// "Users can…": a task a person does, timed.
    private static let canWords = [
        "can", "finds", "find", "peut", "peuvent", "puede", "pueden", "pode", "podem", "kann", "können",
    ]
    private static let boundWords = [
        "within", "under", "below", "less than", "at most", "or less", "no more than", "up to", "maximum", "max",
        "fewer than", "at least", "every", "innerhalb", "unter", "weniger als", "höchstens", "mindestens", "alle",
        "moins de", "dans les", "menos de", "dentro de", "até", "em até",
    ]
    private static let boundMarks = ["<", "≤", "以内", "内", "以下", "未満", "不超过", "之内"].map {
        ByteString(lowercasing: $0)
    }
    private static let pipelineWords = [
        "ci", "pipeline", "job", "jobs", "build", "builds", "deploy", "deployment", "provision", "provisioned",
        "reconciliation", "bootstrap", "test suite", "workflow",
    ]
    private static let backgroundWords = [
        "refresh", "refreshes", "refreshed", "sync", "syncs", "synced", "widget", "background", "poll", "polls",
    ]
    private static let budgetWords = [
        "memory", "ram", "flash", "footprint", "heap", "apk", "bundle", "binary", "download", "sram", "eeprom",
        "install size", "app size",
    ]
    private static let availabilityWords = [
        "uptime", "availability", "available", "success rate", "delivered", "delivery",
    ]
    private static let measuredRatioWords = ["accuracy", "precision", "recall", "cpu", "memory"]
}
