/// The risk of handling personal data (names, emails, health data, location, payments), named by
/// what the spec handles and where, when its requirements, stories or entities handle any.
struct PersonalDataRisk {
    var spec: Spec
    var items: [SpecItemText]
    var shape: ProjectShape
    var locator: PhaseLocator

    func finding() -> RiskPlanner.Finding? {
        let entities = spec.entities.map { entity in
            SpecItemText(
                id: nil, text: entity.name, folded: ByteString(lowercasing: entity.name + " " + entity.description),
                phase: nil)
        }
        var kinds: [String] = []
        var ids: [String] = []
        var phase: PhaseLocator.Located?
        for (kind, words) in Self.categories {
            let matching = (items + entities).filter { $0.mentions(words) }
            guard !matching.isEmpty else { continue }
            kinds.append(kind)
            ids += matching.compactMap(\.id)
            phase = phase ?? matching.first { $0.phase != nil }?.phase
        }
        guard !kinds.isEmpty else { return nil }
        let cited = ids.uniqued().prefix(5)
        return RiskPlanner.Finding(
            risk: Plan.Risk(
                title: "Personal data: \(Prose.list(kinds))" + (cited.isEmpty ? "" : " (\(Prose.list(Array(cited))))"),
                mitigation: mitigation(payments: kinds.contains("payments"), phase: phase), key: "personal-data"),
            phase: (locator.foundation ?? phase)?.number, rank: 1)
    }

    private func mitigation(payments: Bool, phase: PhaseLocator.Located?) -> String {
        let foundation = locator.foundation.map { " from \($0.label) on" } ?? ""
        let testing = locator.testing.map { "; \($0.label) checks that logs and error reports hold none" } ?? ""
        let cards = payments ? "; leave card numbers to the payment provider, never store them" : ""
        let kept: String =
            switch shape.kind {
            case .mobileApp, .desktopApp, .game:
                "Keep only the fields the spec needs, encrypted on the device\(foundation), out of logs, crash reports and backups"
            case .commandLineTool, .library:
                "Keep only the fields the spec needs, out of logs, caches and --verbose output\(foundation)"
            default:
                "Store only the fields the spec needs, encrypted in transit and at rest\(foundation), out of logs and analytics, with a way to export and delete them (GDPR) in \(phase?.label ?? "the phase that collects them")"
            }
        return kept + cards + testing + "."
    }

    private static let categories: [(String, Keywords)] = [
        ("names", ["full name", "first name", "last name", "participant name", "player name", "display name"]),
        ("emails", ["email address", "e-mail address", "user email", "user's email", "customer email", "emails of"]),
        ("phone numbers", ["phone number", "telephone"]),
        ("dates of birth", ["date of birth", "birthdate", "birthday"]),
        (
            "health data",
            [
                "health data", "health record", "medical", "patient", "heart rate", "blood", "medication", "symptom",
                "diagnosis",
            ]
        ),
        (
            "location",
            [
                "geolocation", "gps", "current location", "user's location", "home address", "postal address",
                "street address",
            ]
        ),
        ("payments", ["payment", "credit card", "card number", "billing", "refund"]),
    ].map { ($0.0, Keywords($0.1)) }
}
