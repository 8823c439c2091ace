/// The risk of handling personal data (names, emails, health data, location, payments), named by
/// what the spec handles and where, when its requirements, stories or entities handle any.
struct PersonalDataRisk {
    var spec: Spec
    var items: [SpecItemText]
    var shape: ProjectShape
    var locator: PhaseLocator
    var phrases: ReviewPhrases

    func finding() -> RiskPlanner.Finding? {
        let entities = spec.entities.map { entity in
            SpecItemText(
                id: nil, text: entity.name, folded: ByteString(lowercasing: entity.name + " " + entity.description),
                phase: nil)
        }
        let texts = items + entities
        var kinds: [PersonalDataKind] = []
        var ids: [String] = []
        var phase: PhaseLocator.Located?
        for (kind, words) in Self.categories {
            let matching = texts.filter { $0.mentions(words) }
            guard !matching.isEmpty else { continue }
            kinds.append(kind)
            ids += matching.compactMap(\.id)
            phase = phase ?? matching.first { $0.phase != nil }?.phase
        }
        guard !kinds.isEmpty else { return nil }
        let cited = ids.uniqued().prefix(5)
        return RiskPlanner.Finding(
            risk: Plan.Risk(
                title: phrases.risk(.personalData(kinds, ids: Array(cited))),
                mitigation: mitigation(payments: kinds.contains(.payments), phase: phase), key: "personal-data"),
            phase: (locator.foundation ?? phase)?.number, rank: 1)
    }

    private func mitigation(payments: Bool, phase: PhaseLocator.Located?) -> String {
        let place: PersonalDataPlace =
            switch shape.kind {
            case .mobileApp, .desktopApp, .game: .device
            case .commandLineTool, .library: .local
            default: .server
            }
        return phrases.risk(
            .personalCare(
                place, foundation: locator.foundation, phase: phase, payments: payments, testing: locator.testing))
    }

    private static let categories: [(PersonalDataKind, Keywords)] =
        ([

            (.names, ["full name", "first name", "last name", "participant name", "player name", "display name"]),
            (
                .emails,
                ["email address", "e-mail address", "user email", "user's email", "customer email", "emails of"]
            ),
            (.phoneNumbers, ["phone number", "telephone"]),
            (.birthDates, ["date of birth", "birthdate", "birthday"]),
            (
                .health,
                [
                    "health data", "health record", "medical", "patient", "heart rate", "blood", "medication",
                    "symptom",
                    "diagnosis",
                ]
            ),
            (
                .location,
                [
                    "geolocation", "gps", "current location", "user's location", "home address", "postal address",
                    "street address",
                ]
            ),
            (.payments, ["payment", "credit card", "card number", "billing", "refund"]),
        ] as [(PersonalDataKind, [String])]).map { ($0.0, Keywords($0.1)) }
}
