import Generator
import Testing

@testable import Watcher

/// config.json's `estimates` accepts exactly the keys of `Estimates.fields`, each setting its own estimate.
@Suite struct ConfigEstimatesTests {
    @Test func everyEstimateIsSetByItsConfigKey() throws {
        let pairs = Estimates.fields.enumerated().map { "\"\($1.name)\": \(Double($0) + 0.5)" }
        let json = try JSONValue.parse(Array("{\"estimates\": {\(pairs.joined(separator: ", "))}}".utf8))
        let estimates = try Config.parse(json, path: "/project/config.json").options.estimates
        for (index, field) in Estimates.fields.enumerated() {
            #expect(
                estimates[keyPath: field.keyPath] == Double(index) + 0.5,
                "config.json's \"\(field.name)\" was not applied")
        }
    }

    @Test func anUnknownKeyIsRefusedWithTheKnownOnes() throws {
        let json = try JSONValue.parse(Array(#"{"estimates": {"daysPerStory": 2}}"#.utf8))
        #expect {
            try Config.parse(json, path: "/project/config.json")
        } throws: { error in
            "\(error)".contains(
                "unknown key \"estimates.daysPerStory\"; known keys: " + Estimates.keys.joined(separator: ", "))
        }
    }
}
