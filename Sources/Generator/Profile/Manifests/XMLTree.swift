/// Elements of an XML manifest (`pom.xml`, `*.csproj`), found by scanning tags: no DTDs, no
/// namespaces beyond their prefixes, five predefined entities. Unbalanced tags are closed where
/// they end; nesting stops at ``maxDepth``.
struct XMLTree {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        var children: [Element] = []

        func child(_ name: String) -> Element? { children.first { $0.name == name } }

        /// Every descendant named `name`, at any depth, in document order.
        func all(_ name: String) -> [Element] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
        }

        /// The trimmed text of the first descendant named `name`.
        func value(_ name: String) -> String? {
            (child(name) ?? all(name).first).map { XMLTree.decoded($0.text.trimmed) }?.nilIfEmpty
        }
    }

    static let maxDepth = 64

    private(set) var root = Element(name: "", attributes: [:])
    private(set) var problem: String?

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var stack = [Element(name: "", attributes: [:])]
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            guard bytes[i] == 60 else {
                let start = i
                while i < bytes.count, bytes[i] != 60 { i += 1 }
                stack[stack.count - 1].text += String(decoding: bytes[start..<i], as: UTF8.self)
                continue
            }
            if XMLTree.skipsMarkup(bytes, at: &i) { continue }
            guard let end = XMLTree.index(of: 62, in: bytes, from: i) else {
                problem = problem ?? "unexpected end of file inside a tag"
                break
            }
            let tag = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            i = end + 1
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst()).trimmed
                guard stack.dropFirst().contains(where: { $0.name == name }) else { continue }
                while stack.count > 1 {
                    let closed = stack.removeLast()
                    stack[stack.count - 1].children.append(closed)
                    if closed.name == name { break }
                }
            } else {
                let element = XMLTree.element(from: tag)
                if tag.hasSuffix("/") {
                    stack[stack.count - 1].children.append(element)
                } else if stack.count <= XMLTree.maxDepth {
                    stack.append(element)
                } else {
                    problem = problem ?? "nested deeper than \(XMLTree.maxDepth) levels"
                }
            }
        }
        if stack.count > 1, problem == nil { problem = "<\(stack[stack.count - 1].name)> is never closed" }
        while stack.count > 1 {
            let closed = stack.removeLast()
            stack[stack.count - 1].children.append(closed)
        }
        root = stack[0]
    }

    /// Comments, CDATA, declarations and processing instructions carry nothing a profile needs.
    private static func skipsMarkup(_ bytes: [UInt8], at i: inout Int) -> Bool {
        let rest = bytes[i...]
        for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>"), ("<!", ">")]
        where rest.starts(with: open.utf8) {
            var k = i + open.utf8.count
            let closing = Array(close.utf8)
            while k < bytes.count, !bytes[k...].starts(with: closing) { k += 1 }
            i = min(k + closing.count, bytes.count)
            return true
        }
        return false
    }

    /// `Project Sdk="Microsoft.NET.Sdk"` -> an element with its attributes.
    private static func element(from tag: String) -> Element {
        var body = Substring(tag)
        if body.hasSuffix("/") { body = body.dropLast() }
        let name = body.prefix { !$0.isWhitespace }
        var attributes: [String: String] = [:]
        var rest = body.dropFirst(name.count)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingCharacters()
            var after = rest[rest.index(after: equals)...].drop(while: { $0 == " " })
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let close = after.firstIndex(of: quote) else { break }
            attributes[key] = decoded(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return Element(name: String(name), attributes: attributes)
    }

    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            result = result.replacingAll(entity, with: character)
        }
        return result
    }

    private static func index(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var k = start
        while k < bytes.count, bytes[k] != byte { k += 1 }
        return k < bytes.count ? k : nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String { String(self).trimmed.replacingAll("\n", with: "").trimmed }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation in the generator).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
