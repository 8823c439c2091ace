/// The compact notation of ``TechnologyCatalogue``'s lines, read into ``Technology`` values.
///
/// Kept apart from the data so that the catalogue file stays one line per technology.
extension TechnologyCatalogue {
    /// A technology: `t("~Go|Golang", .language, .go)`.
    static func t(
        _ spellings: String, _ role: TechnologyRole, _ ecosystem: Ecosystem, _ packages: String = "",
        implies: String = "", kind: ProjectKind? = nil
    ) -> Technology {
        let parsed = CatalogueEntry.spellings(spellings)
        return Technology(
            name: parsed[0].text, role: role, ecosystem: ecosystem, spellings: parsed,
            packages: CatalogueEntry.packages(packages), implies: CatalogueEntry.names(implies), kindHint: kind)
    }

    /// A third-party service: `s("=Stripe", .payments, "npm:stripe")`.
    static func s(_ spellings: String, _ category: ServiceCategory, _ packages: String = "") -> Technology {
        let parsed = CatalogueEntry.spellings(spellings)
        return Technology(
            name: parsed[0].text, role: .service, category: category, ecosystem: .any, spellings: parsed,
            packages: CatalogueEntry.packages(packages))
    }
}

enum CatalogueEntry {
    static func spellings(_ text: String) -> [Spelling] {
        text.split(separator: "|").map { part in
            switch part.first {
            case "=": Spelling(String(part.dropFirst()), .exactCase)
            case "~": Spelling(String(part.dropFirst()), .contextual)
            case "!": Spelling(String(part.dropFirst()), .strict)
            case "#": Spelling(String(part.dropFirst()), .displayOnly)
            default: Spelling(String(part), .anyCase)
            }
        }
    }

    /// `npm:@pulumi/* go:github.com/spf13/cobra`; a name may hold a space when it is the last
    /// part of the token list's entry (`pio:adafruit/Adafruit NeoPixel`), so tokens are split at
    /// the registry prefixes rather than at every space.
    static func packages(_ text: String) -> [PackageName] {
        var result: [PackageName] = []
        var pending: (PackageRegistry, String)?
        func flush() {
            guard let (registry, name) = pending else { return }
            let trimmed = name.trimmed
            let isPrefix = trimmed.hasSuffix("*")
            result.append(PackageName(registry, isPrefix ? String(trimmed.dropLast()) : trimmed, isPrefix: isPrefix))
            pending = nil
        }
        for token in text.split(separator: " ") {
            if let colon = token.firstIndex(of: ":"), let registry = registry(String(token[..<colon])) {
                flush()
                pending = (registry, String(token[token.index(after: colon)...]))
            } else if let current = pending {
                pending = (current.0, current.1 + " " + token)
            }
        }
        flush()
        return result
    }

    static func names(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    private static func registry(_ name: String) -> PackageRegistry? {
        switch name {
        case "npm": .npm
        case "pypi": .pypi
        case "go": .go
        case "cargo": .cargo
        case "swift": .swiftpm
        case "maven": .maven
        case "nuget": .nuget
        case "gem": .rubygems
        case "composer": .composer
        case "pub": .pub
        case "pio": .platformio
        default: nil
        }
    }
}
