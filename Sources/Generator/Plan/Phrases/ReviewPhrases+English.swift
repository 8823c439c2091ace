extension ReviewPhrases {
    static let english = ReviewPhrases(
        phase: { "Phase \($0.number): \($0.name)" }, risk: englishRisk, criterion: englishCriterion,
        component: { text in
            switch text {
            case .noneNamed: "None named"
            case .noneNamedPurpose:
                "spec.md names no key entities, services or interfaces; the phases follow its stories and requirements"
            case .namedBySpec: "named by the spec"
            case .keyEntity: "a key entity of the spec"
            }
        },
        note: englishNote, provenance: .english)

    private static func label(_ phase: PhaseLocator.Located) -> String { english.phase(phase) }

    private static func cited(_ ids: [String]) -> String { ids.isEmpty ? "" : " (\(Prose.list(ids)))" }

    private static func englishRisk(_ text: RiskText) -> String {
        switch text {
        case .noRisks:
            "No significant risks found in the spec beyond ordinary delivery: it has no open question, hard target, migration, external service, personal data or secret."
        case .oneRisk: "No significant risks found in the spec beyond the one below."
        case .question(let question): "Open question: \(question)"
        case .answer(let phase):
            "Answer it in spec.md (decide before \(phase.map(label) ?? "implementation starts")), for example with /speckit.clarify; this plan follows the answer."
        case .unmitigated: "The spec names this risk without a mitigation: decide one before the phase it threatens."
        case .dataMigration(let quoted, let also):
            "Data migration: " + quoted + (also.isEmpty ? "" : " (also \(Prose.list(also)))")
        case .migrationPlan(let foundation, let phase):
            "Write the migration \(foundation.map { "in \(label($0))" } ?? "before the feature's phases") so that it runs forward and back on a copy of real data, with a backup and a dry run, before \(phase.map(label) ?? "the feature") relies on the new shape; make it idempotent so a failed run can be repeated."
        case .replacement(let quoted, let also):
            "Replacing what exists: " + quoted + (also.isEmpty ? "" : " (also \(Prose.list(also)))")
        case .keepOldPath(let phase, let documentation):
            "Keep the old path working beside the new one until \(phase.map(label) ?? "the feature") is done, with tests that its callers still pass; say what changes for users in a deprecation notice\(documentation.map { " and in \(label($0)) (changelog, upgrade notes)" } ?? "")."
        case .personalData(let kinds, let ids): "Personal data: \(Prose.list(kinds.map(englishKind)))" + cited(ids)
        case .personalCare(let place, let foundation, let phase, let payments, let testing):
            englishPersonalCare(place, foundation: foundation, phase: phase, payments: payments, testing: testing)
        case .unauthorizedAccess: "Unauthorized access through a missing role or permission check"
        case .checkRoles(let foundation, let testing, let ids, let rule):
            Prose.asSentence(
                "Check roles on the server for every operation that reads or changes data"
                    + (foundation.map { ", in one place set up in \(label($0))" } ?? "")
                    + ", and cover each role with authorization tests" + (testing.map { " in \(label($0))" } ?? "")
                    + cited(ids) + (rule.map { "; constitution: \($0)" } ?? ""))
        case .deviceSecrets(let ids): "Tokens and secrets stored on the device" + cited(ids)
        case .keystore(let testing):
            "Keep them in the platform's keystore (Android Keystore, iOS Keychain), never in preferences, files or logs, and clear them at sign-out\(noOutput(testing))."
        case .leakingSecrets(let commandLine, let ids):
            "Tokens and secrets leaking through \(commandLine ? "config files, shell history" : "config files") and logs"
                + cited(ids)
        case .secretsFromEnvironment(let phase, let testing):
            "Read them from the environment or the OS keychain from \(phase.map(label) ?? "the start") on, never from a file committed with the project; redact them in logs, errors and verbose output\(noOutput(testing))."
        case .radio(let ids):
            "Physical access and the radio or update link: anyone in range or holding the device can send commands"
                + cited(ids)
        case .pairing(let phase):
            "Pair sender and receiver with an id or key in \(phase.map(label) ?? "the first phase") and ignore frames from others; lock the bootloader and fuses for release builds and accept only signed firmware updates."
        case .service(let name, let role):
            switch role {
            case .ciCd: "\(name): outages, quotas and the secrets it holds"
            case .hosting: "\(name): quotas, credentials and cost"
            case .service: "\(name): outage, rate limits, credentials and cost"
            }
        case .serviceCare(let name, let role, let foundation, let user):
            englishServiceCare(name, role, foundation: foundation.map { " in \(label($0))" } ?? "", user: user)
        case .services(let names): "External services (\(Prose.list(names))): outage, rate limits, credentials and cost"
        case .servicesCare(let called, let foundation):
            called
                ? "Put each service behind an adapter with timeouts, retries and a fake for tests\(foundation.map { " in \(label($0))" } ?? ""); keep every credential in the environment or a secret store, check each one's rate limits and pricing, and decide what the feature does while one is down."
                : "Give each token the least scope and keep it in the CI's secret store\(foundation.map { " in \(label($0))" } ?? ""); pin versions, watch each provider's rate limits, quotas and bill, and retry a run that fails on the provider's side rather than taking it for a code failure."
        case .hardTarget(let id, let text): "Hard target" + (id.map { " \($0)" } ?? "") + ": " + text
        case .targetCare(let check, let figures, let place, let testing):
            englishTargetCare(check, all: Prose.list(figures), place: place, testing: testing)
        case .otherTargets(let others): " The other hard targets (\(Prose.list(others))) are measured the same way."
        }
    }

    private static func noOutput(_ testing: PhaseLocator.Located?) -> String {
        testing.map { "; \(label($0)) checks that no output holds one" } ?? ""
    }

    private static func englishKind(_ kind: PersonalDataKind) -> String {
        switch kind {
        case .names: "names"
        case .emails: "emails"
        case .phoneNumbers: "phone numbers"
        case .birthDates: "dates of birth"
        case .health: "health data"
        case .location: "location"
        case .payments: "payments"
        }
    }

    private static func englishPersonalCare(
        _ place: PersonalDataPlace, foundation: PhaseLocator.Located?, phase: PhaseLocator.Located?, payments: Bool,
        testing: PhaseLocator.Located?
    ) -> String {
        let from = foundation.map { " from \(label($0)) on" } ?? ""
        let kept =
            switch place {
            case .device:
                "Keep only the fields the spec needs, encrypted on the device\(from), out of logs, crash reports and backups"
            case .local: "Keep only the fields the spec needs, out of logs, caches and --verbose output\(from)"
            case .server:
                "Store only the fields the spec needs, encrypted in transit and at rest\(from), out of logs and analytics, with a way to export and delete them (GDPR) in \(phase.map(label) ?? "the phase that collects them")"
            }
        return kept + (payments ? "; leave card numbers to the payment provider, never store them" : "")
            + (testing.map { "; \(label($0)) checks that logs and error reports hold none" } ?? "") + "."
    }

    private static func englishServiceCare(
        _ name: String, _ role: ServiceRiskRole, foundation: String, user: PhaseLocator.Located?
    ) -> String {
        let user = user.map(label) ?? "the feature"
        return switch role {
        case .ciCd:
            "Keep the secrets it uses in a secret store, scoped to what needs them; pin versions, and retry a run that fails on \(name)'s side rather than taking it for a code failure, before \(user) depends on it."
        case .hosting:
            "Give \(name)'s token the least scope and keep it in the CI's secret store\(foundation); tag what is created and tear it down when it is no longer needed, and watch quotas and the bill before \(user) creates resources in bulk."
        case .service:
            "Put \(name) behind an adapter with timeouts, retries with backoff and a fake for tests\(foundation); keep its credentials in the environment or a secret store, check its rate limits and pricing before \(user) calls it, and decide what the feature does while it is down."
        }
    }

    private static func englishTargetCare(
        _ check: TargetCheck, all: String, place: TargetPlace, testing: PhaseLocator.Located?
    ) -> String {
        let place =
            switch place {
            case .testing(let phase): "in \(label(phase))"
            case .building(let phase): "in \(label(phase)), where it is built"
            case .firstFeature: "from the first feature phase"
            }
        let again = testing.map { "; \(label($0)) checks it again end to end" } ?? ""
        return switch check {
        case .background(let device):
            "\(device ?? "The phone") decides when background work runs: prove \(all) on a real device \(place), before the rest relies on it, and show when data is stale\(again)."
        case .memory(let board):
            "Read the memory and flash use from every build \(place) (the linker's size report) on \(board ?? "the target board") and fail the build over \(all)\(again)."
        case .ratio(let ratios):
            "Decide how \(Prose.list(ratios)) is measured (monitoring, an error budget) \(place), and alert when it drops\(again)."
        case .boardTiming(let board):
            "Time \(all) on \(board ?? "the target board") itself \(place) (a pin toggled around the path and read on a logic analyser, or timestamps on the serial log)\(again)."
        case .benchmark(let reference):
            "Measure \(all) with a benchmark \(place), on \(englishReference(reference)), and fail CI when it regresses\(again)."
        }
    }

    private static func englishReference(_ reference: TargetReference) -> String {
        switch reference {
        case .lowEndDevice(let device): "a low-end \(device ?? "device")"
        case .board(let board): board ?? "the target board"
        case .slowestBrowser: "the slowest supported browser with production-sized data"
        case .minimumHardware: "the minimum supported hardware"
        case .productionData: "production-sized data"
        case .ciRunner: "a CI runner"
        case .slowestMachine: "the slowest supported machine"
        }
    }

    private static func englishCriterion(_ text: CriterionText) -> String {
        switch text {
        case .gate(let rule): "Constitution gate: \(rule)"
        case .principle(let name): "Constitution principle upheld: \(name) (non-negotiable)"
        case .defaultGate: "Every functional requirement has a passing automated test"
        case .outcome(let label, let sentence): "\(label): \(sentence)"
        case .scenariosPass(let label, let count):
            "\(label): its \(Prose.count(count, "acceptance scenario passes", "acceptance scenarios pass"))"
        case .groupMet(let group, let cited, let count):
            "\(group)\(cited): \(Prose.count(count, "requirement met", "requirements met")), each with a passing test"
        case .allMet(let count, let cited):
            "All \(Prose.count(count, "requirement", "requirements"))\(cited) met, each with a passing test"
        }
    }

    private static func englishNote(_ note: PlanNote) -> String {
        switch note {
        case .aligned(let citation, let names):
            "Aligned with the \(citation)"
                + (names.isEmpty ? "." : "; principles relied on: \(names.joined(separator: ", ")).")
        case .constitutionPlaceholders(let names):
            "The constitution still holds template placeholders: \(names.joined(separator: ", "))."
        case .noConstitution:
            "No constitution found (.specify/memory/constitution.md or memory/constitution.md, or it is still the unfilled template): testing and documentation follow plansync's defaults."
        case .stackAssumed:
            "Stack assumed, not read from the project: NestJS, Next.js, PostgreSQL and Redis (the plan prompt's default), "
                + "because no `.plansync.json`, config `stack`, constitution, spec, Spec Kit plan or manifest names one; "
                + "confirm it before Phase 1, or state the real one with `stack` in `.plansync.json` at the project root."
        case .stack(let provenance): "Stack: " + Prose.asSentence(provenance)
        case .sourcesDisagree(let conflict):
            "Sources disagree on the \(conflict); correct it with `stack` in `.plansync.json` if the wrong one won."
        case .unreadable(let path, let reason):
            "Could not fully read \(path): \(Prose.asSentence(reason)) The plan is written from the other sources."
        case .contents(let stories, let requirements, let criteria, let edgeCases, let questions):
            "Read from spec.md: "
                + Prose.list([
                    Prose.count(stories, "user story", "user stories"),
                    Prose.count(requirements, "requirement", "requirements"),
                    Prose.count(criteria, "success criterion", "success criteria"),
                    Prose.count(edgeCases, "edge case", "edge cases"),
                    Prose.count(questions, "open question", "open questions"),
                ]) + "."
        case .openClarifications(let questions): "Open clarifications (\(questions.count)): " + Prose.joined(questions)
        case .answered(let count): "Clarifications answered in the spec: \(count)."
        case .status(let status): "The spec's status is \(status): check this plan against what was delivered."
        case .emptySpec:
            "spec.md is empty or has no recognisable sections: add an **Input** description, user stories with priorities, functional requirements (FR-001 …) and success criteria (SC-001 …)."
        case .noTitle: "spec.md has no `# Feature Specification:` title: the title comes from the folder name."
        case .noStories: "No user stories in the spec: feature phases come from its requirements."
        case .noRequirements: "No functional requirements found: phase tasks come from the user stories alone."
        case .noIDs: "Requirements have no ids (FR-001 …): the plan quotes them by their text."
        case .someWithoutIDs(let count, let total): "\(count) of \(total) requirements have no id (FR-001 …)."
        case .noCriteria(let requirements, let stories):
            "No success criteria in the spec (SC-001 …): "
                + (!requirements && !stories
                    ? "the plan's are the constitution's gates or plansync's defaults."
                    : "the plan's are made from \(Prose.list([requirements ? "its requirements" : nil, stories ? "its user stories" : nil].compactMap { $0 })).")
        case .noEntities: "No Key Entities: the data model is still to be defined."
        case .estimates(let e, let small):
            "Estimates: \(days(e.daysPerRequirement)) per requirement and \(days(e.daysPerScenario)) per acceptance scenario in each feature phase; foundation \(small ? days(e.minimumPhaseDays) + " (a small change to existing code)" : days(e.foundationDays)) plus \(days(e.daysPerService)) per external service; testing \(Int(e.testingShare * 100))% of the feature phases plus \(days(e.daysPerEdgeCase)) per edge case\(small ? ", \(days(e.minimumPhaseDays)) at least" : ""); days rounded up per phase (config.json `estimates`)."
        case .ownPlan(let phases, let days, let total):
            "Phases follow the spec's own plan (\(Prose.count(phases, "numbered phase", "numbered phases")))"
                + (days.map { days in
                    days == total
                        ? "; its timeline of \(Prose.count(days, "day", "days")) is the estimate, Testing and Documentation included"
                        : "; its timeline says \(Prose.count(days, "day", "days")), and the Testing and Documentation phases every plan has make \(total)"
                } ?? "") + "."
        case .placeholders(let lines, let shown, let more):
            "\(Prose.count(lines, "line of spec.md still holds", "lines of spec.md still hold")) Spec Kit placeholders and \(lines == 1 ? "is" : "are") left out of this plan: \(shown.joined(separator: ", ") + (more ? ", …" : ""))."
        case .unreadParts(let parts, let more):
            "Sections of spec.md this plan does not read (their headings say nothing it knows): \(parts.map { "\"\($0)\"" }.joined(separator: ", ") + (more ? ", …" : ""))."
        }
    }

    /// `0.5 day`, `2 days`.
    private static func days(_ value: Double) -> String {
        let number = value == Double(Int(value)) ? "\(Int(value))" : "\(value)"
        return number + (value <= 1 ? " day" : " days")
    }
}

extension ProvenanceWords {
    static let english = ProvenanceWords(
        aspect: { $0.rawValue }, source: { $0.description }, kind: { $0.description }, none: { "none (\($0))" },
        more: { " and \($0) more" }, per: { "\($0) per \($1)" }, also: { "; also \($0.joined(separator: ", "))" },
        separator: "; ", comma: ", ", colon: ": ", cited: { " (\($0))" }, lowerCaseAfterFirst: true)
}
