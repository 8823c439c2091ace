/// What kind of work the spec implies, detected from its words. The services it names are read
/// with the project's profile (`SpecStack.services`), from its in-scope text only.
public struct SpecSignals: Sendable, Equatable {
    public var hasUserInterface = false
    public var hasStoredData = false
    public var hasAccessControl = false
    public var hasPersonalData = false
    public var hasPerformanceTargets = false

    private static let interfaceWords = [
        "user interface", "ui", "ux", "page", "pages", "screen", "screens", "button",
        "toolbar", "canvas", "dashboard", "form", "forms", "frontend", "browser", "click",
        "web app", "menu", "modal", "dialog", "tab", "view my", "navigate",
        "panel", "pantalla", "página", "botón", "interfaz", "écran", "bouton", "seite", "oberfläche",
    ]
    private static let dataWords = [
        "store", "stored", "stores", "persist", "persists", "persistence", "database", "saved",
        "save", "record", "records", "history", "schema",
    ]
    private static let accessWords = [
        "role", "roles", "admin", "admins", "administrator", "permission", "permissions",
        "authorization", "authorized", "authentication", "authenticated", "login", "log in",
        "sign in", "account", "accounts", "password", "rbac", "auth", "tenant", "tenants",
    ]
    private static let personalDataWords = [
        "personal data", "pii", "email address", "phone", "privacy", "gdpr",
        "participant name", "address", "date of birth", "payment", "payments",
    ]
    private static let performanceWords = [
        "ms", "fps", "latency", "throughput", "p95", "p99", "concurrent", "performance",
        "under 1 second", "seconds", "response time",
    ]
    /// The author text's lists, in the order `detect` reads them.
    private static let authorTable = WordPhraseTable([
        interfaceWords, dataWords, accessWords, personalDataWords, ["latency", "throughput", "performance", "fps"],
    ])
    private static let criteriaTable = WordPhraseTable([performanceWords])

    /// Reads the signals from the author's own text: never Spec Kit's guidance, example or
    /// placeholders (its example marker is no email service).
    /// - Parameter lines: the author's lines (``SpecReader/authorLines``), read as one text.
    static func detect(inAuthorLines lines: [String], spec: Spec) -> SpecSignals {
        let found = authorTable.groups(inLines: lines)
        var signals = SpecSignals()
        signals.hasUserInterface = found[0]
        signals.hasStoredData = !spec.entities.isEmpty || found[1]
        signals.hasAccessControl = found[2]
        signals.hasPersonalData = found[3]
        signals.hasPerformanceTargets =
            found[4] || criteriaTable.groups(inLines: spec.successCriteria.map(\.text))[0]
        return signals
    }
}
