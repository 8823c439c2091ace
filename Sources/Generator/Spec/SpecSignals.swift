/// What kind of work the spec implies, detected from its words.
public struct SpecSignals: Sendable, Equatable {
    public var hasUserInterface = false
    public var hasStoredData = false
    /// Third-party services named by the spec, in a stable order (`Stripe`, `Email delivery`, …).
    public var services: [String] = []
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
    /// Third-party services by the words that name them, in the order the plan lists them.
    private static let serviceWords: [(String, [String])] = [
        ("Stripe", ["stripe"]), ("PayPal", ["paypal"]), ("Twilio", ["twilio"]), ("SendGrid", ["sendgrid"]),
        ("Mailgun", ["mailgun"]), ("Auth0", ["auth0"]), ("Okta", ["okta"]), ("Firebase", ["firebase"]),
        ("Supabase", ["supabase"]), ("AWS S3", ["s3", "aws s3"]), ("Google Maps", ["google maps"]),
        ("OpenAI", ["openai"]), ("Slack", ["slack"]), ("GitHub", ["github api", "github oauth"]),
        ("Let's Encrypt (ACME)", ["let's encrypt", "acme"]), ("OIDC identity provider", ["oidc", "openid connect"]),
        ("Sentry", ["sentry"]), ("Algolia", ["algolia"]), ("Cloudinary", ["cloudinary"]),
        ("Email delivery", ["email", "e-mail", "emails"]), ("SMS delivery", ["sms"]),
        ("Push notifications", ["push notification", "push notifications"]),
    ]

    /// Reads the signals from the author's own text: never Spec Kit's guidance, example or
    /// placeholders (its example marker is no email service).
    static func detect(inAuthorText text: String, spec: Spec) -> SpecSignals {
        let index = WordIndex(text)
        func mentions(_ words: [String]) -> Bool { index.containsAny(words) }
        var signals = SpecSignals()
        signals.hasUserInterface = mentions(interfaceWords)
        signals.hasStoredData = !spec.entities.isEmpty || mentions(dataWords)
        signals.services = serviceWords.filter { mentions($0.1) }.map(\.0)
        signals.hasAccessControl = mentions(accessWords)
        signals.hasPersonalData = mentions(personalDataWords)
        let criteria = WordIndex(spec.successCriteria.map(\.text).joined(separator: "\n"))
        signals.hasPerformanceTargets =
            criteria.containsAny(performanceWords)
            || mentions(["latency", "throughput", "performance", "fps"])
        return signals
    }
}
