import Foundation

@testable import Generator

/// The real-world corpus beside the package (`../shared/corpus`), read for the vocabulary's
/// corpus tests: every spec's headings with their meanings where they stand.
enum CorpusHeadings {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpus")

    static let isAvailable = FileManager.default.fileExists(
        atPath: root.appendingPathComponent("spec-kit-templates").path)

    static func text(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every spec and spec template of the corpus, by path under it.
    static func specPaths() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix("/spec.md") || $0.hasSuffix("spec-template.md") }
            .sorted()
    }

    /// The headings outside code blocks and HTML comments, each resolved under its parent.
    static func meanings(in text: String) -> [(title: String, meaning: SectionMeaning)] {
        var result: [(String, SectionMeaning)] = []
        var stack: [(level: Int, meaning: SectionMeaning)] = []
        var inFence = false
        var inComment = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if inComment || line.hasPrefix("<!--") {
                inComment = !line.contains("-->")
                continue
            }
            guard line.hasPrefix("#") else { continue }
            let level = line.prefix(while: { $0 == "#" }).count
            let title = line.dropFirst(level).trimmingCharacters(in: .whitespaces)
            while let last = stack.last, last.level >= level { stack.removeLast() }
            let meaning = SectionClassifier.standard.meaning(of: title, under: stack.last?.meaning)
            stack.append((level, meaning))
            result.append((title, meaning))
        }
        return result
    }

    /// A short name for a meaning, for the expectation tables.
    static func code(_ meaning: SectionMeaning) -> String {
        switch meaning {
        case .requirements(let kind): return kind == .general ? "req" : "req.\(kind.rawValue)"
        case .userScenarios: return "scenarios"
        case .userStory: return "story"
        case .primaryStory: return "primary"
        case .successCriteria: return "criteria"
        case .edgeCases: return "edge"
        case .dependencies: return "deps"
        case .openQuestions: return "questions"
        case .techStack: return "stack"
        case .changeLog: return "changes"
        case .templateGuidance: return "guidance"
        case .priorityRationale: return "why"
        case .independentTest: return "independent"
        default: return "\(meaning)"
        }
    }

    /// "title story*3 edge" -> ["title", "story", "story", "story", "edge"].
    static func expand(_ codes: String) -> [String] {
        codes.split(separator: " ").flatMap { token -> [String] in
            let parts = token.split(separator: "*")
            let count = parts.count == 2 ? Int(parts[1]) ?? 1 : 1
            return Array(repeating: String(parts[0]), count: count)
        }
    }
}
