import Generator
import Glibc

/// What reading a project's profile costs, per corpus root: the walk and the reads of its
/// sources (manifests, markers, the constitution, Spec Kit's own plans, kept in the corpus as
/// `plan.upstream.md`), and `ProjectProfile.read` over what they hold. The daemon pays both once
/// per root at startup and again when a source changes; generating a plan pays neither.
enum ProfileBench {
    struct Row {
        var name: String
        var files: Int
        var bytes: Int
        /// Walk and reads.
        var read: Sample
        /// `ProjectProfile.read` on sources already in memory.
        var parse: Sample
    }

    static func corpus(root: String, iterations: Int) -> [Row] {
        (GenerationBench.listing(root) ?? []).sorted().compactMap { project in
            let base = root + "/" + project
            guard GenerationBench.listing(base + "/specs") != nil else { return nil }
            let sources = load(base)
            var reads: [Double] = []
            var parses: [Double] = []
            for _ in 0..<iterations {
                let start = monotonicNanos()
                let loaded = load(base)
                let read = monotonicNanos()
                let profile = ProjectProfile.read(loaded)
                let end = monotonicNanos()
                precondition(profile.facts.count >= 0)
                reads.append(Double(read - start) / 1e6)
                parses.append(Double(end - read) / 1e6)
            }
            let files = sources.manifests.count + sources.specKitPlans.count + (sources.constitution == nil ? 0 : 1)
            let bytes = (sources.manifests + sources.specKitPlans).reduce(sources.constitution?.utf8.count ?? 0) {
                $0 + $1.text.utf8.count
            }
            return Row(
                name: project, files: files, bytes: bytes, read: Sample(values: reads), parse: Sample(values: parses))
        }
    }

    /// The sources of a root, found as the Watcher finds them (bounded by `ProfileSourcePath`).
    static func load(_ root: String) -> ProfileSources {
        var sources = ProfileSources()
        for path in walk(root, relative: "", depth: 0) {
            let specKitPath =
                path.hasSuffix("/plan.upstream.md") ? String(path.dropLast("plan.upstream.md".count)) + "plan.md" : path
            switch ProfileSourcePath.classify(specKitPath) {
            case .manifest?:
                guard let text = Files.read(root + "/" + path) else { continue }
                let cut = String(decoding: text.utf8.prefix(ProfileSourcePath.maximumBytesPerFile), as: UTF8.self)
                sources.manifests.append(
                    SourceFile(path: path, text: cut, isTruncated: cut.utf8.count < text.utf8.count))
            case .marker?:
                sources.markers.append(path)
            case .constitution?:
                if let text = Files.read(root + "/" + path), ConstitutionParser.parse(text) != nil {
                    sources.constitution = text
                }
            case .specKitPlan?:
                if let text = Files.read(root + "/" + path) {
                    sources.specKitPlans.append(SourceFile(path: specKitPath, text: text))
                }
            default:
                break
            }
        }
        return sources
    }

    private static func walk(_ root: String, relative: String, depth: Int) -> [String] {
        var result: [String] = []
        for (name, isFolder) in entries(relative.isEmpty ? root : root + "/" + relative) {
            let path = relative.isEmpty ? name : relative + "/" + name
            guard isFolder else {
                result.append(path)
                continue
            }
            if ProfileSourcePath.classify(path) != nil { result.append(path) }
            let inSpecs = relative.isEmpty ? name == "specs" : relative.hasPrefix("specs")
            let walked = !ProfileSourcePath.shouldSkipDirectory(named: name) && depth < ProfileSourcePath.maximumDepth
            if (inSpecs || walked) && depth < 4 { result += walk(root, relative: path, depth: depth + 1) }
        }
        return result
    }

    /// Every entry of a folder but `.` and `..`, dot-files included (`.github`, `.specify`).
    private static func entries(_ path: String) -> [(name: String, isFolder: Bool)] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [(String, Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append((name, entry.pointee.d_type == UInt8(DT_DIR))) }
        }
        return names.sorted { $0.0 < $1.0 }
    }
}
