import Glibc

/// Small file helpers for building benchmark trees.
enum Files {
    static func write(_ path: String, _ text: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        precondition(fd >= 0, "cannot write \(path)")
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(fd, base + offset, raw.count - offset)
            }
            precondition(n > 0)
            offset += n
        }
        close(fd)
    }

    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes += buffer[..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func makeFolders(_ path: String) {
        var current = ""
        for part in path.split(separator: "/") {
            current += "/" + part
            mkdir(current, 0o755)
        }
    }

    static func remove(_ path: String) {
        _ = system("rm -rf '\(path)'")
    }

    /// A fresh folder under /var/tmp (not /tmp, which may be a small tmpfs).
    static func temporaryFolder(_ name: String) -> String {
        var template = Array("/var/tmp/plansync-bench-\(name).XXXXXX".utf8CString)
        guard
            let made = template.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.flatMap { mkdtemp($0) } })
        else {
            preconditionFailure("cannot make a folder under /var/tmp")
        }
        return String(cString: made)
    }

    /// A Spec Kit project with `count` spec folders and a constitution.
    static func project(specs count: Int, requirements: Int = 6) -> String {
        let root = temporaryFolder("project")
        makeFolders(root + "/.specify/memory")
        write(root + "/.specify/memory/constitution.md", constitution(version: "1.0.0"))
        for index in 1...count {
            let folder = root + "/specs/" + folderName(index)
            makeFolders(folder)
            write(folder + "/spec.md", spec(title: "Feature \(index)", requirements: requirements))
        }
        return root
    }

    static func folderName(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: Swift.max(0, 3 - digits.count)) + digits + "-feature"
    }

    static func constitution(version: String) -> String {
        """
        # Bench Constitution

        ## Core Principles

        ### I. Test-First (NON-NEGOTIABLE)
        - Every change MUST start with a failing test.
        - Services MUST keep 80% line coverage.

        ## Quality Gates
        - CI MUST pass before merge.

        **Version**: \(version) | **Ratified**: 2026-01-01
        """
    }

    /// A current-template spec with `requirements` FRs spread over three stories.
    static func spec(title: String, requirements: Int, marker: String = "") -> String {
        var text = """
            # Feature Specification: \(title)

            **Feature Branch**: `bench`
            **Status**: Draft
            **Input**: User description: "Members manage \(title.lowercased()) from the dashboard. Admins see reports.\(marker)"

            ## User Scenarios & Testing

            """
        for story in 1...3 {
            text += """
                ### User Story \(story) - Manage part \(story) of the records (Priority: P\(story))

                A member manages part \(story) of the records on the dashboard page.

                **Acceptance Scenarios**:

                1. **Given** a member, **When** they open part \(story), **Then** the records of part \(story) are shown
                2. **Given** an admin, **When** they export part \(story), **Then** a report is produced


                """
        }
        text +=
            "### Edge Cases\n\n- Two members edit the same record.\n\n## Requirements\n\n### Functional Requirements\n\n"
        for index in 1...requirements {
            let digits = String(index)
            let id = String(repeating: "0", count: Swift.max(0, 3 - digits.count)) + digits
            text +=
                "- **FR-\(id)**: System MUST let members manage record kind \(index) in part \(index % 3 + 1) of the records\n"
        }
        text +=
            "\n### Key Entities\n\n- **Record**: a stored item with an owner.\n\n## Success Criteria\n\n- **SC-001**: A member finds a record in under 2 seconds.\n"
        return text
    }
}
