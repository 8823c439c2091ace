/// Spec files are text: UTF-8, no NUL bytes.
enum TextFile {
    struct NotText: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path) \(reason)" }
    }

    static func decode(_ bytes: [UInt8], path: String) throws -> String {
        if bytes.contains(0) {
            throw NotText(path: path, reason: "is binary (it contains NUL bytes), not a Markdown file")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw NotText(path: path, reason: "is not valid UTF-8; save it as UTF-8")
        }
        return text
    }
}
