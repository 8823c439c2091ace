/// A unified diff (`diff -u` format) of two texts, from `LineDiff` (linear in their size).
public enum UnifiedDiff {
    private enum Line { case same(String), removed(String), added(String) }

    /// A line of the edit script, and where it stands in the old and the new text.
    private struct Step {
        var line: Line
        var oldIndex: Int
        var newIndex: Int

        var isSame: Bool {
            if case .same = line { return true }
            return false
        }
    }

    /// Empty when the texts have the same lines. The names are written into the `---`/`+++`
    /// header the way git writes them (`headerName`), so that `patch -p1` and `git apply` find the file.
    public static func make(from old: String, to new: String, oldName: String, newName: String, context: Int = 3)
        -> String
    {
        let script = editScript(from: normalizedLines(old), to: normalizedLines(new))
        guard script.contains(where: { !$0.isSame }) else { return "" }
        var output = "--- \(headerName(oldName))\n+++ \(headerName(newName))\n"
        var index = 0
        while index < script.count {
            guard !script[index].isSame else {
                index += 1
                continue
            }
            var start = max(0, index - context)
            var end = index
            // Extend the hunk while changes are closer than twice the context.
            var lastChange = index
            while end < script.count {
                if !script[end].isSame { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(script.count, lastChange + context + 1)
            while start < index, !script[start].isSame { start += 1 }
            output += hunk(script[start..<end])
            index = end
        }
        return output
    }

    /// Every line of both texts in order: kept, removed or added (`LineDiff`: linear in their size).
    private static func editScript(from a: [String], to b: [String]) -> [Step] {
        let diff = LineDiff(old: a, new: b)
        var script: [Step] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, diff.removed[i] {
                script.append(Step(line: .removed(a[i]), oldIndex: i, newIndex: j))
                i += 1
            } else if j < b.count, diff.inserted[j] {
                script.append(Step(line: .added(b[j]), oldIndex: i, newIndex: j))
                j += 1
            } else {
                script.append(Step(line: .same(a[i]), oldIndex: i, newIndex: j))
                i += 1
                j += 1
            }
        }
        return script
    }

    /// `@@ -12,7 +12,8 @@` and the hunk's lines.
    private static func hunk(_ steps: ArraySlice<Step>) -> String {
        guard let first = steps.first else { return "" }
        let oldCount = steps.filter { if case .added = $0.line { false } else { true } }.count
        let newCount = steps.filter { if case .removed = $0.line { false } else { true } }.count
        let oldStart = oldCount == 0 ? first.oldIndex : first.oldIndex + 1
        let newStart = newCount == 0 ? first.newIndex : first.newIndex + 1
        var output = "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
        for step in steps {
            switch step.line {
            case .same(let text): output += " \(text)\n"
            case .removed(let text): output += "-\(text)\n"
            case .added(let text): output += "+\(text)\n"
            }
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
}
