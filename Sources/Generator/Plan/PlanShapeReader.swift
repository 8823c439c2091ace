/// Reads the shape of a plan as written after a merge: the model says what each block still as
/// generated holds; a block kept as the user edited it is read by its heading, the way a person
/// skimming the file would, and where its headings do not say (a phase split in two, phases
/// rewritten as a section of one's own) that part of the shape becomes unknown.
struct PlanShapeReader {
    /// The section a line belongs to, as far as the shape cares.
    private enum Section {
        case phases, risks, timeline, other

        init(_ id: PlanBlockID) {
            self.init(name: id.sectionName)
        }

        /// By a `##` section name: the format's names only; a section of the user's own is `other`.
        init(name: String) {
            switch name {
            case PlanBlockID.phases.sectionName: self = .phases
            case PlanBlockID.risks.sectionName: self = .risks
            case PlanBlockID.timeline.sectionName: self = .timeline
            default: self = .other
            }
        }
    }

    /// The ids of the blocks as generated, and what the model says of those that are phases or risks.
    private var generatedIDs = Set<PlanBlockID>()
    private var phaseByID: [PlanBlockID: PlanShape.Phase] = [:]
    private var riskByID: [PlanBlockID: String] = [:]
    private let totalDays: Int
    private var shape = PlanShape(phases: [], days: nil, risks: [])
    private var section = Section.other

    /// The shape of `document`, whose blocks as generated are among `blocks`, rendered from `plan`.
    static func shape(of document: PlanDocument, plan: Plan, blocks: [PlanBlock]) -> PlanShape {
        var reader = PlanShapeReader(plan: plan, blocks: blocks)
        for block in document.blocks { reader.read(block) }
        return reader.shape
    }

    /// Pairs the generated phase and risk blocks with the model's phases and risks, which the
    /// renderer emits one block each, in order; should the counts differ, those blocks say nothing.
    private init(plan: Plan, blocks: [PlanBlock]) {
        totalDays = plan.totalDays
        generatedIDs = Set(blocks.map(\.id))
        let phaseIDs = blocks.map(\.id).filter { if case .phase = $0 { true } else { false } }
        let riskIDs = blocks.map(\.id).filter { if case .risk = $0 { true } else { false } }
        if phaseIDs.count == plan.phases.count {
            phaseByID = Dictionary(zip(phaseIDs, plan.phases.map(PlanShape.phase)), uniquingKeysWith: { a, _ in a })
        }
        if riskIDs.count == plan.risks.count {
            riskByID = Dictionary(zip(riskIDs, plan.risks.map(\.title)), uniquingKeysWith: { a, _ in a })
        }
    }

    private mutating func read(_ block: PlanDocument.Block) {
        let id = block.marker.id
        // After a merge, a block whose text is as its marker says is the one just generated.
        guard block.isPristine, generatedIDs.contains(id) else { return readKept(block) }
        section = Section(id)
        switch id {
        case .phase:
            if let phase = phaseByID[id] { shape.phases?.append(phase) } else { shape.phases = nil }
        case .risk:
            if let title = riskByID[id] { shape.risks?.append(title) } else { shape.risks = nil }
        case .timeline:
            shape.days = totalDays
        default: break
        }
        readUserLines(block.tail)
    }

    /// A block as the user left it: a phase or risk by its own `###` heading (none: unknown), the
    /// timeline by its `Total: N days`; every other line as text of the user's. Lines before a
    /// section's own heading still belong to the section above, as a reader sees them.
    private mutating func readKept(_ block: PlanDocument.Block) {
        let id = block.marker.id
        let heading = block.body.first.flatMap { Heading(line: $0.trimmed) }
        var rest = block.body + block.tail
        switch id {
        case .phase, .risk:
            section = Section(id)
            guard let heading, heading.level == 3 else {
                if section == .phases { shape.phases = nil } else { shape.risks = nil }
                return readUserLines(rest)
            }
            if section == .phases {
                shape.phases?.append(Self.phase(fromHeading: heading.title))
            } else {
                shape.risks?.append(Self.withoutNumber(heading.title))
            }
            rest.removeFirst()
        case .timeline:
            shape.days = Self.totalDays(in: block.body)
        default: break
        }
        readUserLines(rest, ownSection: Section(id))
    }

    /// Text the user wrote: a `##` heading opens a section (the first one of a kept section block
    /// opens that block's section, however reworded; any other one of the format's by its name, or
    /// one of the user's own); a `###` one inside the phases or the risks is a phase or risk that
    /// no marker accounts for, so that list is no longer known.
    private mutating func readUserLines(_ lines: [String], ownSection: Section? = nil) {
        var ownSection = ownSection
        guard lines.contains(where: { $0.contains("#") }) else { return }
        for line in markdownLines(lines.joined(separator: "\n")) where line.isProse {
            guard let heading = Heading(line: line.text.trimmed) else { continue }
            if heading.level <= 2 {
                section = ownSection ?? Section(name: heading.title)
                ownSection = nil
            } else if heading.level == 3 {
                switch section {
                case .phases: shape.phases = nil
                case .risks: shape.risks = nil
                case .timeline, .other: break
                }
            }
        }
    }

    // MARK: - Headings as written

    /// `Phase 3: Checkout (Days 5-7)` gives "Checkout", 3 days; `(Day 5)` one day; a heading
    /// without a range of days (`Polish (P3)` is a priority) gives its name and no days.
    static func phase(fromHeading title: String) -> PlanShape.Phase {
        let name = withoutNumber(title)
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("),
            let days = days(inRange: name[name.index(after: open)..<name.index(before: name.endIndex)])
        else { return PlanShape.Phase(name: name, days: nil) }
        return PlanShape.Phase(name: String(name[..<open]).trimmed, days: days)
    }

    /// `Days 5-7` gives 3, `Day 9` 1, in any language's word for days (`Días 3-4`); nil for
    /// anything else.
    private static func days(inRange range: Substring) -> Int? {
        let parts = range.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].count >= 2, parts[0].allSatisfy(\.isLetter) else { return nil }
        let numbers = parts[1].split { $0 == "-" || $0 == "–" || $0 == " " }
        guard (1...2).contains(numbers.count), numbers.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let bounds = numbers.compactMap { Int($0) }
        guard bounds.count == numbers.count, let first = bounds.first, let last = bounds.last, last >= first else {
            return nil
        }
        return last - first + 1
    }

    /// `Risk 2: Stripe outage` gives "Stripe outage": the numbering (in any words, `Riesgo 2:`) is
    /// the format's, not the title's.
    static func withoutNumber(_ title: String) -> String {
        guard let colon = title.firstIndex(of: ":") else { return title }
        let label = title[..<colon]
        guard let last = label.last, last.isASCII, last.isNumber, label.count <= 24 else { return title }
        let rest = String(title[title.index(after: colon)...]).trimmed
        return rest.isEmpty ? title : rest
    }

    /// The N of a `Total: N days` line (any emphasis around it); nil when no line says so.
    static func totalDays(in lines: [String]) -> Int? {
        for line in lines {
            let lower = line.lowercased()
            guard let total = lower.firstRange(of: "total") else { continue }
            let after = lower[total.upperBound...].drop { !$0.isNumber }
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            guard let number = Int(digits), String(after.dropFirst(digits.count)).trimmed.hasPrefix("day") else {
                continue
            }
            return number
        }
        return nil
    }
}
