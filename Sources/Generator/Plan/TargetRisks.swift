/// Risks from the spec's measurable targets that the project's kind makes hard to meet: a
/// latency in milliseconds, a frame rate, a memory budget on a device, a refresh interval a
/// phone's scheduler decides, a load of ten thousand items, an availability of 99.9 %. Targets
/// people reach ("users can finish in 2 minutes") are the product's, not the code's, and are left
/// to the criteria.
struct TargetRisks {
    var spec: Spec
    var shape: ProjectShape
    var locator: PhaseLocator
    var phrases: ReviewPhrases

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
                ?? locator.phase(sharingWordsWith: Set(SignificantWords.hashes(of: item.text)), among: phaseWords)
                ?? locator.testing
            var mitigation = mitigation(item.targets, phase: phase)
            if index == shown.count - 1, !others.isEmpty {
                mitigation += phrases.risk(.otherTargets(others))
            }
            let title = phrases.risk(.hardTarget(id: item.id, text: Prose.shortened(item.text, to: 200)))
            return RiskPlanner.Finding(
                risk: Plan.Risk(
                    title: title, mitigation: mitigation, key: "target-" + PlanBlockID.key(from: item.id ?? item.text)),
                phase: phase?.number, rank: 4)
        }
    }

    /// Whether a figure of the text is one the code must be built and measured for: a bound
    /// ("within", "under", "<", "以内") on a time, size or count, a frame rate, an availability.
    private func isHard(_ targets: [MeasurableTarget], text: String) -> Bool {
        let found = Self.wordTable.groups(in: text)
        func has(_ group: WordGroup) -> Bool { found[group.rawValue] }
        let folded = ByteString(lowercasing: text)
        let bounded = Self.boundMarks.contains { folded.contains($0) } || has(.bound)
        let personal = has(.person) && has(.can)
        let hasTime = targets.contains { if case .time = $0.dimension { true } else { false } }
        let interactive: Set<ProjectKind> = [.mobileApp, .embedded, .webApplication, .desktopApp, .game, .apiService]
        return targets.contains { target in
            switch target.dimension {
            case .rate: return true
            case .frequency: return has(.display)
            case .time(let seconds):
                guard bounded else { return false }
                if seconds < 1 { return true }
                if personal { return false }
                if seconds <= 5 { return shape.kind.map(interactive.contains) ?? false }
                if has(.pipeline) { return true }
                return seconds >= 60 && [.mobileApp, .embedded].contains(shape.kind) && has(.background)
            case .size:
                return bounded && (shape.kind == .embedded || has(.budget))
            case .percentage(let value):
                return !personal && (has(.measuredRatio) || (value < 100 && has(.availability)))
            case .count:
                return bounded && hasTime || has(.concurrent)
            }
        }
    }

    private func mitigation(_ targets: [MeasurableTarget], phase: PhaseLocator.Located?) -> String {
        func figures(_ wanted: (MeasurableTarget.Dimension) -> Bool) -> [String] {
            let chosen = targets.filter { wanted($0.dimension) }
            return (chosen.isEmpty ? targets : chosen).map(\.figure).uniqued()
        }
        let isTesting = phase != nil && phase == locator.testing
        let place: TargetPlace = phase.map { isTesting ? .testing($0) : .building($0) } ?? .firstFeature
        let check: TargetCheck
        switch targets.first?.dimension {
        case .time(let seconds) where seconds >= 60 && shape.kind == .mobileApp:
            check = .background(device: shape.device)
        case .size where shape.kind == .embedded: check = .memory(board: shape.device)
        case .percentage: check = .ratio(figures { if case .percentage = $0 { true } else { false } })
        default: check = shape.kind == .embedded ? .boardTiming(board: shape.device) : .benchmark(reference)
        }
        return phrases.risk(
            .targetCare(
                check, figures: figures { _ in true }, place: place, testing: isTesting ? nil : locator.testing))
    }

    /// What a measurement runs on, by the kind of project.
    private var reference: TargetReference {
        switch shape.kind {
        case .mobileApp: .lowEndDevice(shape.device)
        case .embedded: .board(shape.device)
        case .webApplication: .slowestBrowser
        case .game: .minimumHardware
        case .apiService, .dataPipeline: .productionData
        case .commandLineTool, .infrastructure: .ciRunner
        default: .slowestMachine
        }
    }

    /// The word lists `isHard` asks about, found in a text in one pass (no index of its words).
    private enum WordGroup: Int, CaseIterable {
        case person, can, bound, display, pipeline, background, budget, availability, measuredRatio, concurrent

        var words: [String] {
            switch self {
            case .person:
                [
                    "user", "users", "operator", "operators", "administrator", "administrators", "admin", "admins",
                    "team", "developer", "developers", "maintainer", "maintainers", "member", "members", "player",
                    "players", "people", "staff", "skater", "skaters", "customer", "customers", "visitor",
                    "visitors", "hand", "utilisateur", "utilisateurs", "usuario", "usuarios", "usuário",
                    "usuários", "benutzer", "nutzer",
                ]
            // "Users can…": a task a person does, timed.
            case .can:
                ["can", "finds", "find", "peut", "peuvent", "puede", "pueden", "pode", "podem", "kann", "können"]
            case .bound:
                [
                    "within", "under", "below", "less than", "at most", "or less", "no more than", "up to",
                    "maximum", "max", "fewer than", "at least", "every", "innerhalb", "unter", "weniger als",
                    "höchstens", "mindestens", "alle", "moins de", "dans les", "menos de", "dentro de", "até",
                    "em até",
                ]
            case .display: ["refresh", "render", "frame", "frames", "display rate"]
            case .pipeline:
                [
                    "ci", "pipeline", "job", "jobs", "build", "builds", "deploy", "deployment", "provision",
                    "provisioned", "reconciliation", "bootstrap", "test suite", "workflow",
                ]
            case .background:
                [
                    "refresh", "refreshes", "refreshed", "sync", "syncs", "synced", "widget", "background", "poll",
                    "polls",
                ]
            case .budget:
                [
                    "memory", "ram", "flash", "footprint", "heap", "apk", "bundle", "binary", "download", "sram",
                    "eeprom", "install size", "app size",
                ]
            case .availability: ["uptime", "availability", "available", "success rate", "delivered", "delivery"]
            case .measuredRatio: ["accuracy", "precision", "recall", "cpu", "memory"]
            case .concurrent: ["concurrent", "concurrently", "simultaneous"]
            }
        }
    }

    private static let wordTable = WordPhraseTable(WordGroup.allCases.map(\.words))
    private static let boundMarks = ["<", "≤", "以内", "内", "以下", "未満", "不超过", "之内"].map {
        ByteString(lowercasing: $0)
    }
}
