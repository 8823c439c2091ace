extension PlanBuilder {
    /// Libraries for the chosen stack and the services the spec names.
    func externalDependencies() -> [Plan.Dependency] {
        var result: [Plan.Dependency] = []
        func add(_ name: String, _ purpose: String) { result.append(Plan.Dependency(name: name, purpose: purpose)) }
        let signals = spec.signals
        if stack.isNode {
            if stack.backend.lowercased().contains("nest") {
                add("@nestjs/core, @nestjs/common", "\(stack.backend) application framework")
            } else {
                add(stack.backend, "backend framework")
            }
            if signals.hasStoredData { add(nodeDriver(for: stack.database), "\(stack.database) client") }
            if signals.hasStoredData { add(nodeDriver(for: stack.cache), "\(stack.cache) client for caching") }
            if signals.hasUserInterface {
                add(
                    stack.frontend.lowercased().contains("next") ? "next, react" : stack.frontend,
                    "\(stack.frontend) user interface")
            }
            if signals.hasAccessControl { add("@nestjs/passport, passport-jwt", "authentication and role guards") }
            for service in signals.services { result.append(nodeSDK(for: service)) }
            add("jest, supertest", "unit and API tests")
            if signals.hasUserInterface { add("@playwright/test", "end-to-end tests of the user flows") }
        } else {
            add(stack.backend, "backend")
            if signals.hasStoredData { add(stack.database, "storage") }
            if signals.hasStoredData { add(stack.cache, "caching") }
            if signals.hasUserInterface { add(stack.frontend, "user interface") }
            for service in signals.services { add("\(service) client library", "integration with \(service)") }
        }
        return result
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

    private func nodeSDK(for service: String) -> Plan.Dependency {
        let (name, purpose) =
            switch service {
            case "Stripe": ("stripe", "Stripe API client (payments, webhooks)")
            case "Email delivery": ("nodemailer", "sending the emails the spec asks for")
            case "Twilio", "SMS delivery": ("twilio", "SMS delivery")
            case "AWS S3": ("@aws-sdk/client-s3", "file storage")
            case "Let's Encrypt (ACME)": ("acme-client", "certificate issuance and renewal")
            case "OIDC identity provider": ("openid-client", "OIDC sign-in")
            default: ("\(service) SDK", "integration with \(service)")
            }
        return Plan.Dependency(name: name, purpose: purpose)
    }

    /// The spec's own dependency and assumption sections.
    func internalDependencies() -> [String] {
        let items =
            spec.dependencies.map { Prose.shortened($0, to: 220) }
            + spec.assumptions.map { "Assumption: " + Prose.shortened($0, to: 220) }
        return items.isEmpty ? ["None identified in the spec"] : items.uniqued()
    }

    /// Other features the spec names, resolved against the project's spec folders: the folder of
    /// that name, else the first of that number. A reference that is not certain (`240-second`)
    /// is left out unless a folder of that name (or a longer one that starts with it) exists.
    func featureDependencies() -> [String] {
        let references = spec.featureReferences
        // A spec names a few features: scanning the folders for each is cheapest. One that names
        // hundreds gets an index, so that the work stays the folders plus the references.
        let byNumber = references.count > 8 ? Dictionary(grouping: siblings, by: \.number) : nil
        func folders(numbered number: Substring) -> [SiblingSpec] {
            byNumber.map { $0[number] ?? [] } ?? siblings.filter { $0.number == number }
        }
        let result = references.compactMap { reference -> String? in
            let (name, number) = (reference.name, reference.number)
            let matches = folders(numbered: number)
            guard reference.isCertain else {
                return matches.first { $0.folder == name || $0.folder.hasPrefix(name + "-") }.map {
                    "Spec \($0.number): \($0.title)"
                }
            }
            if let sibling = matches.first(where: { $0.folder == name }) ?? matches.first {
                return "Spec \(sibling.number): \(sibling.title)"
            }
            let title = name.count > 3 ? SpecTitle.fromFolder(name) : "(unknown title)"
            return "Spec \(number): \(title) — not found in specs/ (referenced as `\(name)`)"
        }
        return result.isEmpty ? ["None"] : result.uniqued()
    }
}
