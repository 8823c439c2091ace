/// `Package.swift`, read as text (it is Swift code, so nothing is run): the tools version,
/// dependency URLs, platforms and product kinds.
enum SwiftPackageReader {
    static func read(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .swiftPackage)
        let firstLine = normalizedLines(text).first ?? ""
        let tools = firstLine.firstRange(of: "swift-tools-version:").map { String(firstLine[$0.upperBound...]).trimmed }
        manifest.state("Swift", tools)
        manifest.name = quoted(after: "name:", in: text)
        for url in quotedValues(after: "url:", in: text) { manifest.depend(normalizedURL(url)) }
        let platforms: [(String, String)] = [
            (".iOS(", "iOS"), (".macOS(", "macOS"), (".watchOS(", "watchOS"), (".tvOS(", "tvOS"),
            (".visionOS(", "visionOS"), (".macCatalyst(", "macOS"),
        ]
        for (marker, platform) in platforms where text.contains(marker) {
            manifest.hint(.platform(platform))
            manifest.state(platform)
        }
        if text.contains(".executableTarget(") || text.contains(".executable(") { manifest.hint(.executable) }
        if text.contains(".library(") { manifest.hint(.library) }
        if text.contains(".plugin(") { manifest.hint(.plugin) }
        return manifest
    }

    /// `https://github.com/apple/swift-argument-parser.git` -> `github.com/apple/swift-argument-parser`.
    static func normalizedURL(_ url: String) -> String {
        var result = Substring(url)
        for scheme in ["https://", "http://", "ssh://", "git@"] where result.hasPrefix(scheme) {
            result = result.dropFirst(scheme.count)
        }
        if let colon = result.firstIndex(of: ":"), !result[..<colon].contains("/") {
            result = result[..<colon] + "/" + result[result.index(after: colon)...]
        }
        while result.hasSuffix("/") { result = result.dropLast() }
        if result.hasSuffix(".git") { result = result.dropLast(4) }
        return String(result)
    }

    private static func quoted(after key: String, in text: String) -> String? {
        quotedValues(after: key, in: text).first
    }

    /// The string literal after each `key`, as in `.package(url: "…", from: "1.0.0")`.
    private static func quotedValues(after key: String, in text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let found = rest.firstRange(of: key) {
            rest = rest[found.upperBound...]
            let afterKey = rest.drop { $0 == " " || $0 == "\t" }
            guard afterKey.first == "\"" else { continue }
            let body = afterKey.dropFirst()
            guard let close = body.firstIndex(of: "\"") else { break }
            result.append(String(body[..<close]))
            rest = body[close...]
        }
        return result
    }
}
