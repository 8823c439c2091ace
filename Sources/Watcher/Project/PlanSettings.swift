import Generator

/// A setting that cannot be used: the dotted key it is about (for its line and column) and why.
struct SettingError: Error {
    var key: String?
    var message: String
}

/// What config.json and a project's `.plansync.json` both set for its plans: `stack`,
/// `estimates` and `language`, checked key by key with messages that name the key.
enum PlanSettings {
    /// `stack`: each field a one-line string, `kind` one of the kinds.
    static func stack(_ value: JSONValue) throws(SettingError) -> TechStack {
        guard case .object(let fields) = value else {
            throw SettingError(
                key: "stack",
                message: "\"stack\" must be an object such as {\"language\": \"Go\"}, not \(value.typeName)")
        }
        var stack = TechStack()
        for (key, field) in fields.sorted(by: { $0.key < $1.key }) {
            let name = "stack.\(key)"
            guard TechStack.keys.contains(key) else {
                throw SettingError(
                    key: name, message: "unknown key \"\(name)\"; known keys: \(TechStack.keys.joined(separator: ", "))"
                )
            }
            guard case .string(let text) = field, !text.isEmpty else {
                throw SettingError(key: name, message: "\"\(name)\" must be a non-empty string, not \(field.typeName)")
            }
            if let control = ControlCharacters.first(in: text) {
                throw SettingError(
                    key: name,
                    message:
                        "\"\(name)\" must be one line of text, without control characters; it holds \(ControlCharacters.codePoint(control)) (\(ControlCharacters.escape(control)))"
                )
            }
            if let textField = TechStack.field(named: key) {
                stack[keyPath: textField.keyPath] = text
            } else {
                guard let kind = ProjectKind(named: text) else {
                    let kinds = ProjectKind.allCases.map { "\"\($0.description)\"" }.joined(separator: ", ")
                    throw SettingError(key: name, message: "\"\(name)\" must name a kind of project: one of \(kinds)")
                }
                stack.kind = kind
            }
        }
        return stack
    }

    /// `language`: `"auto"` (the constitution's, else the spec's) or a plan language's code.
    static func language(_ value: JSONValue) throws(SettingError) -> LanguageSetting {
        let codes = ["auto"] + PlanLanguage.codes
        guard case .string(let text) = value, text.lowercased() == "auto" || PlanLanguage(code: text) != nil else {
            throw SettingError(
                key: "language",
                message: "\"language\" must be one of \(codes.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        return LanguageSetting(language: PlanLanguage(code: text))
    }

    /// `estimates`: each key an estimate, each value a number of days.
    static func estimates(_ value: JSONValue) throws(SettingError) -> EstimateSettings {
        guard case .object(let fields) = value else {
            throw SettingError(
                key: "estimates", message: "\"estimates\" must be an object of numbers, not \(value.typeName)")
        }
        var settings = EstimateSettings()
        for (key, field) in fields.sorted(by: { $0.key < $1.key }) {
            let name = "estimates.\(key)"
            guard Estimates.field(named: key) != nil else {
                throw SettingError(
                    key: name, message: "unknown key \"\(name)\"; known keys: \(Estimates.keys.joined(separator: ", "))"
                )
            }
            guard case .number(let number) = field, number >= 0, number <= 365 else {
                throw SettingError(
                    key: name,
                    message:
                        "\"\(name)\" must be a number of days from 0 to 365, not \(field.typeName == "a number" ? "that" : field.typeName)"
                )
            }
            settings.values[key] = number
        }
        return settings
    }
}

/// The estimates a settings file sets, each by its key; the others keep the value beneath
/// (config.json's over the defaults, `.plansync.json`'s over config.json's).
struct EstimateSettings: Equatable, Sendable {
    var values: [String: Double] = [:]

    func applied(to base: Estimates) -> Estimates {
        var estimates = base
        for field in Estimates.fields {
            if let value = values[field.name] { estimates[keyPath: field.keyPath] = value }
        }
        return estimates
    }
}

/// A settings file's `language`: a plan language, or nil for `"auto"`, which a project's
/// `.plansync.json` can set over config.json's fixed one.
struct LanguageSetting: Equatable, Sendable {
    var language: PlanLanguage?
}
