import Testing

@testable import Generator

/// `Estimates.fields` is the one list of the estimates: config.json accepts its names and the
/// inputs fingerprint records its values. An estimate missing from it could be neither set nor
/// noticed in a plan's fingerprint.
@Suite struct EstimatesTests {
    @Test func everyEstimateHasExactlyOneField() {
        var estimates = Estimates()
        for (index, field) in Estimates.fields.enumerated() { estimates[keyPath: field.keyPath] = Double(1000 + index) }
        let stored = Mirror(reflecting: estimates).children.compactMap { $0.value as? Double }
        #expect(
            stored.count == Mirror(reflecting: estimates).children.count, "an estimate that is not a number of days")
        #expect(
            stored.sorted() == (0..<Estimates.fields.count).map { Double(1000 + $0) },
            "each stored estimate is set by exactly one field: \(stored)")
        #expect(Set(Estimates.keys).count == Estimates.fields.count)
    }

    @Test func fieldsAreFoundByTheirConfigName() {
        #expect(Estimates.field(named: "daysPerScenario")?.keyPath == \Estimates.daysPerScenario)
        #expect(Estimates.field(named: "daysperscenario") == nil && Estimates.field(named: "") == nil)
    }
}
