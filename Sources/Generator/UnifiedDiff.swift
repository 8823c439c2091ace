/// A unified diff (`diff -u` format) of two texts, from `LineDiff` (linear in their size).
public enum UnifiedDiff {
    private enum Line { case same(String), removed(String), added(String) }

    /// Empty when the texts have the same lines.
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
        var output = "--- \(oldName)\n+++ \(newName)\n"
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

    private static func isSame(_ line: Line) -> Bool {
        if case .same = line { return true }
        return false
    }
}
