import Foundation
import Testing
@testable import Generator

@Suite struct DebugDump {
    @Test func dump() throws {
        guard let path = ProcessInfo.processInfo.environment["DUMP_SPEC"] else { return }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
        let spec = SpecParser.parse(text, folder: folder)
        var out = ""
        Swift.dump(spec, to: &out)
        if ProcessInfo.processInfo.environment["DUMP_PLAN"] != nil {
            out += "\n=====\n" + PlanSync.render(PlanInputs(spec: text, folder: folder, constitution: nil, siblings: []))
        }
        try out.write(toFile: "/tmp/i12-dump.txt", atomically: true, encoding: .utf8)
    }
}
