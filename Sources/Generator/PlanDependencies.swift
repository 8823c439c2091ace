extension PlanBuilder {
    /// Libraries for the chosen stack and the services the spec names.
    func externalDependencies() -> [(name: String, purpose: String)] {
        var result: [(String, String)] = []
        let signals = spec.signals
        if stack.isNode {
            if stack.backend.lowercased().contains("nest") {
                result.append(("@nestjs/core, @nestjs/common", "\(stack.backend) application framework"))
            } else {
                result.append((stack.backend, "backend framework"))
            }
            if signals.hasStoredData { result.append((nodeDriver(for: stack.database), "\(stack.database) client")) }
            if signals.hasStoredData { result.append((nodeDriver(for: stack.cache), "\(stack.cache) client for caching")) }
            if signals.hasUserInterface {
                result.append((stack.frontend.lowercased().contains("next") ? "next, react" : stack.frontend, "\(stack.frontend) user interface"))
            }
            if signals.hasAccessControl { result.append(("@nestjs/passport, passport-jwt", "authentication and role guards")) }
            for service in signals.services { result.append(nodeSDK(for: service)) }
            result.append(("jest, supertest", "unit and API tests"))
            if signals.hasUserInterface { result.append(("@playwright/test", "end-to-end tests of the user flows")) }
        } else {
            result.append((stack.backend, "backend"))
            if signals.hasStoredData { result.append((stack.database, "storage")) }
            if signals.hasStoredData { result.append((stack.cache, "caching")) }
            if signals.hasUserInterface { result.append((stack.frontend, "user interface")) }
            for service in signals.services { result.append(("\(service) client library", "integration with \(service)")) }
        }
        return result.map { (name: $0.0, purpose: $0.1) }
    }

    private func nodeDriver(for technology: String) -> String {
        let lower = technology.lowercased()
        if lower.contains("postgres") { return "pg" }
        if lower.contains("redis") { return "ioredis" }
        if lower.contains("mysql") || lower.contains("mariadb") { return "mysql2" }
        if lower.contains("mongo") { return "mongodb" }
        if lower.contains("sqlite") { return "better-sqlite3" }
        return technology
    }

    private func nodeSDK(for service: String) -> (String, String) {
        switch service {
        case "Stripe": ("stripe", "Stripe API client (payments, webhooks)")
        case "Email delivery": ("nodemailer", "sending the emails the spec asks for")
        case "Twilio", "SMS delivery": ("twilio", "SMS delivery")
        case "AWS S3": ("@aws-sdk/client-s3", "file storage")
        case "Let's Encrypt (ACME)": ("acme-client", "certificate issuance and renewal")
        case "OIDC identity provider": ("openid-client", "OIDC sign-in")
        default: ("\(service) SDK", "integration with \(service)")
        }
    }

    /// The spec's own dependency and assumption sections.
    func internalDependencies() -> [String] {
        let items = spec.dependencies.map { Text.shortened($0, to: 220) }
            + spec.assumptions.map { "Assumption: " + Text.shortened($0, to: 220) }
        return items.isEmpty ? ["None identified in the spec"] : orderedUnique(items)
    }

    /// Other features the spec names, resolved against the project's spec folders.
    func featureDependencies() -> [String] {
        let result = spec.featureReferences.map { reference -> String in
            let number = reference.prefix(while: \.isNumber)
            let matches = siblings.filter { $0.number == number || $0.folder == reference }
            if let sibling = matches.first(where: { $0.folder == reference }) ?? matches.first {
                return "Spec \(sibling.number): \(sibling.title)"
            }
            let name = reference.count > 3 ? Text.title(fromFolder: reference) : "(unknown title)"
            return "Spec \(number): \(name) — not found in specs/ (referenced as `\(reference)`)"
        }
        return result.isEmpty ? ["None"] : orderedUnique(result)
    }
}
