import Generator
import Glibc

/// Parse + render time per spec, straight through the generator (no files).
enum GenerationBench {
    struct Row {
        var name: String
        var bytes: Int
        var sample: Sample
    }

    /// The constitution is parsed once, before timing: the daemon parses it once per change of
    /// constitution.md, not once per spec.
    static func time(_ inputs: PlanInputs, iterations: Int) -> Sample {
        _ = PlanSync.render(inputs)
        var values: [Double] = []
        for _ in 0..<iterations {
            let start = monotonicNanos()
            let text = PlanSync.render(inputs)
            let end = monotonicNanos()
            precondition(!text.isEmpty)
            values.append(Double(end - start) / 1e6)
        }
        return Sample(values: values)
    }

    static func corpus(root: String, iterations: Int) -> [Row] {
        var rows: [Row] = []
        let projects = (listing(root) ?? []).sorted()
        for project in projects {
            let base = root + "/" + project
            let constitution =
                Files.read(base + "/.specify/memory/constitution.md") ?? Files.read(base + "/memory/constitution.md")
            for folder in (listing(base + "/specs") ?? []).sorted() {
                guard let spec = Files.read(base + "/specs/" + folder + "/spec.md") else { continue }
                let inputs = PlanInputs(spec: spec, folder: folder, constitution: constitution, siblings: [])
                rows.append(
                    Row(
                        name: "\(project)/\(folder)", bytes: spec.utf8.count,
                        sample: time(inputs, iterations: iterations)))
            }
        }
        return rows
    }

    /// Synthetic specs of growing size, to show the growth is linear.
    static func synthetic(sizes: [Int], iterations: Int) -> [Row] {
        sizes.map { size in
            let spec = Files.spec(title: "Synthetic", requirements: size)
            let inputs = PlanInputs(
                spec: spec, folder: "001-synthetic", constitution: Files.constitution(version: "1.0.0"), siblings: [])
            return Row(
                name: "synthetic, \(size) requirements", bytes: spec.utf8.count,
                sample: time(inputs, iterations: iterations))
        }
    }

    /// Where the time goes, per corpus spec: parsing the spec, parsing the constitution, the rest.
    static func stages(root: String) {
        for project in (listing(root) ?? []).sorted() {
            let base = root + "/" + project
            let constitution =
                Files.read(base + "/.specify/memory/constitution.md") ?? Files.read(base + "/memory/constitution.md")
            for folder in (listing(base + "/specs") ?? []).sorted() {
                guard let spec = Files.read(base + "/specs/" + folder + "/spec.md") else { continue }
                func median(_ body: () -> Void) -> String {
                    var values: [Double] = []
                    for _ in 0..<30 {
                        let t = monotonicNanos()
                        body()
                        values.append(Double(monotonicNanos() - t) / 1e6)
                    }
                    return duration(Sample(values: values).median)
                }
                let parse = median { _ = SpecParser.parse(spec, folder: folder) }
                let law = median { _ = constitution.flatMap(ConstitutionParser.parse) }
                let parsed = SpecParser.parse(spec, folder: folder)
                let parsedLaw = constitution.flatMap(ConstitutionParser.parse)
                let build = median {
                    _ = PlanRenderer.blocks(
                        PlanBuilder(spec: parsed, constitution: parsedLaw, siblings: [], options: PlanOptions()).build()
                    )
                }
                let blocks = PlanRenderer.blocks(
                    PlanBuilder(spec: parsed, constitution: parsedLaw, siblings: [], options: PlanOptions()).build())
                let render = median { _ = PlanDocument(blocks: blocks).rendered() }
                print("  \(project): spec \(parse), constitution \(law), build \(build), document \(render)")
            }
        }
    }

    static func listing(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }
}
