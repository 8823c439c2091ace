/// `pubspec.yaml`, read by indentation (the few keys a profile needs, not YAML at large):
/// dependencies and dev_dependencies, the Dart and Flutter SDK constraints, executables.
enum PubspecReader {
    static func read(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .pubspec)
        var section = ""
        for raw in normalizedLines(text) {
            let content =
                raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard !content.trimmed.isEmpty else { continue }
            let indent = content.prefix { $0 == " " }.count
            let line = content.trimmed
            let (key, value) = keyValue(line)
            if indent == 0 {
                section = key
                if key == "name" { manifest.name = value }
                if key == "executables" { manifest.hint(.executable) }
                continue
            }
            switch section {
            case "dependencies", "dev_dependencies":
                // `  name: ^1.0`, or `  flutter:` with `sdk: flutter` nested below it.
                if indent <= 2 {
                    manifest.depend(key, value, scope: section == "dependencies" ? .runtime : .development)
                }
            case "environment":
                if key == "sdk" { manifest.state("Dart", value) }
                if key == "flutter" { manifest.state("Flutter", value) }
            default: break
            }
        }
        manifest.state("Dart")
        return manifest
    }

    /// `name: value` with quotes removed; the value is nil when empty (a nested block follows).
    private static func keyValue(_ line: String) -> (String, String?) {
        guard let colon = line.firstIndex(of: ":") else { return (line, nil) }
        var value = String(line[line.index(after: colon)...]).trimmed
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return (String(line[..<colon]).trimmed, value.isEmpty ? nil : value)
    }
}

/// `platformio.ini`: platforms, boards, frameworks and library dependencies of every `[env:…]`.
enum PlatformIOReader {
    static func read(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .platformIO)
        let ini = INIDocument(text)
        let environment: (String) -> Bool = { $0.hasPrefix("env") || $0 == "platformio" }
        for key in ["platform", "framework"] {
            for value in ini.values(key, inSection: environment) {
                for item in value.split(separator: ",") { manifest.depend(library(String(item)), scope: .build) }
            }
        }
        for value in ini.values("lib_deps", inSection: environment) {
            for item in value.split(separator: ",") { manifest.depend(library(String(item))) }
        }
        if !ini.values("board", inSection: environment).isEmpty { manifest.hint(.firmware) }
        manifest.state("PlatformIO")
        return manifest
    }

    /// `fastled/FastLED@^3.6.0` -> `fastled/FastLED`; `https://…/Lib.git` -> `Lib`.
    private static func library(_ item: String) -> String {
        var name = item.trimmed
        if let at = name.firstIndex(of: "@") { name = String(name[..<at]).trimmed }
        if name.contains("://") { name = String(name.split(separator: "/").last ?? "").replacingAll(".git", with: "") }
        return name
    }
}
