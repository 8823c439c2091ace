/// A unified diff (`diff -u` format) of two texts, from `LineDiff` (linear in their size).
public enum UnifiedDiff {
    private enum Line { case same(String), removed(String), added(String) }

    /// Empty when the texts have the same lines. The names are written into the `---`/`+++`
    /// header the way git writes them (`headerName`), so that `patch -p1` and `git apply` find the file.
    public static func make(from old: String, to new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = normalizedLines(old)
        let b = normalizedLines(new)
        let diff = LineDiff(old: a, new: b)
        let removed = diff.removed
        let inserted = diff.inserted
        guard removed.contains(true) || inserted.contains(true) else { return "" }
        var script: [(Line, Int, Int)] = [] // line, old index, new index
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed[i] {
                script.append((.removed(a[i]), i, j)); i += 1
            } else if j < b.count, inserted[j] {
                script.append((.added(b[j]), i, j)); j += 1
            } else {
                script.append((.same(a[i]), i, j)); i += 1; j += 1
            }
        }
        var output = "--- \(headerName(oldName))\n+++ \(headerName(newName))\n"
        var index = 0
        while index < script.count {
            guard !isSame(script[index].0) else { index += 1; continue }
            var start = max(0, index - context)
            var end = index
            // Extend the hunk while changes are closer than twice the context.
            var lastChange = index
            while end < script.count {
                if !isSame(script[end].0) { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(script.count, lastChange + context + 1)
            while start < index, !isSame(script[start].0) { start += 1 }
            let hunk = script[start..<end]
            let oldCount = hunk.filter { if case .added = $0.0 { false } else { true } }.count
            let newCount = hunk.filter { if case .removed = $0.0 { false } else { true } }.count
            let oldStart = oldCount == 0 ? hunk.first!.1 : hunk.first!.1 + 1
            let newStart = newCount == 0 ? hunk.first!.2 : hunk.first!.2 + 1
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for (line, _, _) in hunk {
                switch line {
                case .same(let text): output += " \(text)\n"
                case .removed(let text): output += "-\(text)\n"
                case .added(let text): output += "+\(text)\n"
                }
            }
            index = end
        }
        return output
    }

    /// A path for a `---`/`+++` line, as git writes it: in double quotes with C escapes (`\t`,
    /// `\n`, `\"`, `\\`, octal for other control bytes) when it holds a control character, a quote
    /// or a backslash; followed by a tab when it holds a space, which tells patch(1) where the
    /// name ends. UTF-8 is kept as it is (git's `core.quotePath=false`): both tools read it.
    public static func headerName(_ path: String) -> String {
        let name = needsQuotes(path) ? quoted(path) : path
        return path.contains(" ") ? name + "\t" : name
    }

    private static func needsQuotes(_ path: String) -> Bool {
        path.unicodeScalars.contains { $0 == "\"" || $0 == "\\" || $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    private static func quoted(_ path: String) -> String {
        var result = "\""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\u{0B}": result += "\\v"
            case "\u{0C}": result += "\\f"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                for byte in String(scalar).utf8 { result += "\\" + octal(byte) }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func octal(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 8)
        return String(repeating: "0", count: 3 - digits.count) + digits
    }

    private static func isSame(_ line: Line) -> Bool {
        if case .same = line { return true }
        return false
    }
}
