import Generator

/// `.plansync.json` at a project root: the project's own word on its plans, which beats the
/// user's config.json for that project, so that one daemon serves two projects with different
/// stacks. `stack` is the strongest source of the project's profile; `estimates` set the estimates
/// they name over config.json's; `language` the plans' language (`"auto"` included) over config.json's.
///
/// ```json
/// { "stack": { "language": "Rust 1.80", "kind": "command-line tool", "database": "none" },
///   "estimates": { "foundationDays": 1 }, "language": "es" }
/// ```
struct ProjectSettings: Equatable, Sendable {
    static let fileName = ".plansync.json"
    static let keys = ["stack", "estimates", "language"]

    var stack: TechStack?
    var estimates = EstimateSettings()
    /// nil when the file does not set `language`.
    var language: LanguageSetting?

    /// Reads the file's bytes; an error names the file, and the key with its line and column.
    /// - Parameter path: the file's path as messages show it.
    static func parse(_ bytes: [UInt8], path: String) throws(Config.Invalid) -> ProjectSettings {
        let json: (value: JSONValue, keys: JSONKeyPositions)
        do { json = try JSONValue.parseLocatingKeys(bytes) } catch {
            throw Config.Invalid(path: path, message: "is not valid JSON: \(error)")
        }
        func fail(_ key: String?, _ message: String) -> Config.Invalid {
            Config.Invalid(path: path, message: json.keys.prefix(for: key) + message)
        }
        guard case .object(let object) = json.value else {
            throw fail(nil, "must be a JSON object ({ \"stack\": {...} }), not \(json.value.typeName)")
        }
        for key in object.keys.sorted() where !keys.contains(key) {
            throw fail(key, "unknown key \"\(key)\"; known keys: \(keys.joined(separator: ", "))")
        }
        var settings = ProjectSettings()
        do {
            if let value = object["stack"] { settings.stack = try PlanSettings.stack(value) }
            if let value = object["estimates"] { settings.estimates = try PlanSettings.estimates(value) }
            if let value = object["language"] { settings.language = try PlanSettings.language(value) }
        } catch {
            throw fail(error.key, error.message)
        }
        return settings
    }
}
