/// `go.mod`: the module path, the Go version, `require` and `tool` lines and blocks.
enum GoModReader {
    static func read(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .goMod)
        var goVersion: String?
        var block: String?
        for (number, raw) in normalizedLines(text).enumerated() {
            let line = uncommented(raw)
            let indirect = raw.contains("// indirect")
            guard !line.isEmpty else { continue }
            if let open = block {
                if line == ")" {
                    block = nil
                    continue
                }
                entry(line, directive: open, indirect: indirect, into: &manifest)
                continue
            }
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            switch words[0] {
            case "module": manifest.name = words.count > 1 ? words[1] : nil
            case "go": goVersion = words.count > 1 ? words[1] : nil
            case "require", "tool", "replace", "exclude", "retract", "ignore", "godebug", "toolchain":
                if words.count > 1, words[1] == "(" {
                    block = words[0]
                } else {
                    entry(
                        words.dropFirst().joined(separator: " "), directive: words[0], indirect: indirect,
                        into: &manifest)
                }
            default:
                if manifest.problems.count < 20 {
                    manifest.problems.append("line \(number + 1): unknown directive '\(words[0])'")
                }
            }
        }
        if let open = block { manifest.problems.append("the \(open) block is never closed") }
        manifest.state("Go", goVersion)
        return manifest
    }

    private static func entry(_ line: String, directive: String, indirect: Bool, into manifest: inout Manifest) {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let module = words.first else { return }
        switch directive {
        case "require": manifest.depend(module, words.count > 1 ? words[1] : nil, indirect: indirect)
        case "tool": manifest.depend(module, scope: .build)
        default: break
        }
    }

    private static func uncommented(_ line: String) -> String {
        guard let comment = line.firstRange(of: "//") else { return line.trimmed }
        return String(line[..<comment.lowerBound]).trimmed
    }
}
