import Foundation
import Generator

/// Fills ``ProfileSources`` from a project folder the way the Watcher is meant to: a walk of at
/// most ``ProfileSourcePath/maximumDepth`` folders that skips what ``ProfileSourcePath`` skips.
/// In the shared corpus, Spec Kit's own plans are kept as `plan.upstream.md`; they are read as the
/// `plan.md` they were.
enum ProfileSourcesLoader {
    static func load(_ root: URL) -> ProfileSources {
        var sources = ProfileSources()
        for path in walk(root, relative: "", depth: 0) {
            let url = root.appendingPathComponent(path)
            let specKitPath =
                path.hasSuffix("/plan.upstream.md")
                ? path.replacingOccurrences(of: "plan.upstream.md", with: "plan.md") : path
            switch ProfileSourcePath.classify(specKitPath) {
            case .manifest?:
                guard let data = try? Data(contentsOf: url) else { continue }
                let cut = data.prefix(ProfileSourcePath.maximumBytesPerFile)
                sources.manifests.append(
                    SourceFile(
                        path: path, text: String(decoding: cut, as: UTF8.self), isTruncated: cut.count < data.count))
            case .marker?:
                sources.markers.append(path)
            case .constitution?:
                if let text = try? String(contentsOf: url, encoding: .utf8), ConstitutionParser.parse(text) != nil {
                    sources.constitution = text
                }
            case .specKitPlan?:
                if let text = try? String(contentsOf: url, encoding: .utf8) {
                    sources.specKitPlans.append(SourceFile(path: specKitPath, text: text))
                }
            default:
                break
            }
        }
        return sources
    }

    private static func walk(_ root: URL, relative: String, depth: Int) -> [String] {
        let folder = relative.isEmpty ? root : root.appendingPathComponent(relative)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        var result: [String] = []
        for name in names {
            let path = relative.isEmpty ? name : "\(relative)/\(name)"
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                if ProfileSourcePath.classify(path) != nil { result.append(path) }
                // Spec folders and the odd constitution place are walked for their plans and constitution only.
                let specs = name == "specs" && depth == 0
                if specs
                    || (!ProfileSourcePath.shouldSkipDirectory(named: name) && depth < ProfileSourcePath.maximumDepth)
                    || relative.hasPrefix("specs")
                {
                    if depth < 4 { result += walk(root, relative: path, depth: depth + 1) }
                }
            } else {
                result.append(path)
            }
        }
        return result
    }
}
