import Foundation
import Testing

@testable import Generator

/// Every part of a plan follows the project's profile: the four Architecture lines, the tasks the
/// kind of project calls for, dependencies from the manifests, services from the spec's in-scope
/// text, and Notes that say where each fact came from. Fixtures: the `quill-cli` (Rust CLI,
/// a Spec Kit plan of another feature) and `ledger-api` (Python service whose constitution and
/// manifest disagree) projects, and stacks stated inline for each source and conflict.
@Suite struct ProfilePlanTests {
    static func plan(_ project: String, _ folder: String) throws -> String {
        PlanSync.render(try TestFiles.fixture(project, folder).inputs)
    }

    static func plan(spec: String, sources: ProfileSources, constitution: String? = nil) -> String {
        PlanSync.render(
            PlanInputs(spec: spec, folder: "001-feature", constitution: constitution, siblings: [], sources: sources))
    }

    /// The lines of one `##`/`###` section, without its heading.
    static func section(_ heading: String, of plan: String) -> [String] {
        let lines = plan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard
            let start = lines.firstIndex(where: {
                $0.hasPrefix(heading)
                    || heading.hasPrefix("### Phase") && $0.hasPrefix("### Phase") && $0.contains(heading.dropFirst(10))
            })
        else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("#") && !$0.hasPrefix("<!--") }).filter {
            !$0.isEmpty
        }
    }

    static func line(_ label: String, of plan: String) -> String {
        section("### Architecture", of: plan).first { $0.hasPrefix("- **\(label)**:") } ?? ""
    }

    static let busySpec = """
        # Feature Specification: Audit Export

        **Input**: User description: "admins export the audit history of a workspace"

        ## User Scenarios & Testing

        ### User Story 1 - Export the History (Priority: P1)

        An admin with the auditor role opens the export screen, clicks Export and saves the history as a file.

        **Acceptance Scenarios**:

        1. **Given** a workspace with 30 events, **When** an admin exports it, **Then** the file holds 30 records.

        ## Requirements

        - **FR-001**: The system MUST store every export with who asked and when.
        - **FR-002**: Only users with the admin role MUST be able to export.

        ### Key Entities

        - **Export Record**: one export: who, when, how many events.
        """

    @Test func architectureAlwaysHasItsFourLinesInTheFormatsOrder() throws {
        for testCase in TestFiles.fixtureCases() {
            let labels = Self.section("### Architecture", of: PlanSync.render(testCase.inputs)).map {
                $0.split(separator: ":").first.map(String.init) ?? ""
            }
            #expect(
                labels == ["- **Backend**", "- **Database**", "- **Frontend**", "- **External Services**"],
                "\(testCase.name): \(labels)")
        }
    }

    /// No manifest, no constitution: still every section, and the default stack said to be an assumption.
    @Test func aSpecOnlyProjectGetsACompletePlanMarkedAsAssumingTheDefault() throws {
        let plan = PlanSync.render(try TestFiles.fixture("006-dark-mode").inputs)
        try GoldenPlanTests.expectFormat(plan)
        #expect(Self.line("Backend", of: plan).contains("NestJS"))
        let notes = Self.section("## Notes", of: plan).joined(separator: "\n")
        #expect(
            notes.contains("Stack assumed, not read from the project") && notes.contains("confirm it before Phase 1"),
            "\(notes)")
    }

    @Test func aCommandLineToolGetsNoSchemaNoRoutesAndNoRBAC() {
        let cargo =
            "[package]\nname = \"audit\"\nedition = \"2021\"\n\n[[bin]]\nname = \"audit\"\n\n[dependencies]\nclap = \"4.5\"\n"
        let plan = Self.plan(
            spec: Self.busySpec, sources: ProfileSources(manifests: [SourceFile(path: "Cargo.toml", text: cargo)]))
        #expect(Self.line("Frontend", of: plan) == "- **Frontend**: none (command-line tool)")
        #expect(
            Self.line("Database", of: plan) == "- **Database**: none (command-line tool without a database of its own)")
        #expect(
            Self.line("Backend", of: plan).contains(
                "- **Backend**: Rust edition 2021 command-line tool (clap 4.5) implementing Export Record"),
            "\(Self.line("Backend", of: plan))")
        let foundation = Self.section("### Phase 1:", of: plan).joined(separator: "\n")
        for word in ["schema", "migrations", "routes", "RBAC", "Scaffold"] {
            #expect(!foundation.contains(word), "a CLI got \(word): \(foundation)")
        }
        #expect(
            foundation.contains("Security: validate arguments and input files") && foundation.contains("cargo audit"))
        #expect(
            !plan.contains("Authorization tests") && !plan.contains("Document the new API endpoints")
                && !plan.contains("user flows"))
    }

    @Test func aWebApplicationWithStorageAndRolesGetsSchemaRoutesAndRBAC() {
        let package =
            #"{"dependencies": {"next": "15.1.0", "react": "19.0.0", "@prisma/client": "6.1.0", "pg": "8.13.0"}, "devDependencies": {"vitest": "2.1.0", "@playwright/test": "1.49.0"}}"#
        let plan = Self.plan(
            spec: Self.busySpec, sources: ProfileSources(manifests: [SourceFile(path: "package.json", text: package)]))
        let foundation = Self.section("### Phase 1:", of: plan).joined(separator: "\n")
        #expect(
            foundation.contains("Create the PostgreSQL schema and migrations (Prisma) for Export Record"),
            "\(foundation)")
        #expect(
            foundation.contains("Scaffold the Next.js 15.1.0 routes") && foundation.contains("RBAC"), "\(foundation)")
        #expect(plan.contains("End-to-end tests (Playwright) for the acceptance scenario"))
        let dependencies = Self.section("### External Dependencies", of: plan)
        #expect(
            dependencies.contains("- @prisma/client - data access and migrations (package.json)"), "\(dependencies)")
        #expect(
            dependencies.contains("- @playwright/test - end-to-end tests of the user flows (package.json 1.49.0)"),
            "\(dependencies)")
    }

    @Test func aLibraryDocumentsItsPublicAPIAndHasNoScreens() {
        let cargo = "[package]\nname = \"audit-core\"\nedition = \"2021\"\n\n[lib]\nname = \"audit_core\"\n"
        let plan = Self.plan(
            spec: Self.busySpec, sources: ProfileSources(manifests: [SourceFile(path: "Cargo.toml", text: cargo)]))
        #expect(Self.line("Frontend", of: plan) == "- **Frontend**: none (library)")
        #expect(Self.line("Backend", of: plan).contains("library, no service of its own"))
        #expect(plan.contains("Document the public API for Audit Export (rustdoc comments)"))
        #expect(plan.contains("Tests through the public API for the acceptance scenario"))
        #expect(!plan.contains("RBAC") && !plan.contains("Scaffold") && !plan.contains("README and user documentation"))
    }

    /// A Go library whose spec says it supports PostgreSQL connects to it: no schema or
    /// migrations for its own types (a Django app's models, with a framework, would have them).
    @Test func aLibraryThatSupportsADatabaseKeepsNoSchemaOfItsOwn() {
        let gomod = "module example.com/auditkit\n\ngo 1.22\n"
        let spec = Self.busySpec.replacingOccurrences(
            of: "\n\n### Key Entities",
            with:
                "\n- **FR-003**: The library MUST support PostgreSQL as the store it writes exports to.\n\n### Key Entities"
        )
        let plan = Self.plan(
            spec: spec,
            sources: ProfileSources(
                projectSettingsStack: TechStack(kind: .library),
                manifests: [SourceFile(path: "go.mod", text: gomod)]))
        #expect(
            Self.line("Database", of: plan)
                == "- **Database**: PostgreSQL, reached by the library's database access: it keeps no schema of its own"
        )
        #expect(!plan.contains("schema and migrations"), "\(Self.section("### Phase 1", of: plan))")
        #expect(plan.contains("Define the data types for Export Record and their invariants"))
    }

    /// Slack out of scope, SendGrid in a comment and Twilio in a code block make no service; the
    /// GitHub API the requirements use does.
    @Test func servicesComeFromTheSpecsInScopeTextOnly() throws {
        let plan = try Self.plan("quill-cli", "001-release-notes")
        #expect(Self.line("External Services", of: plan) == "- **External Services**: GitHub")
        for name in ["Slack", "SendGrid", "Twilio", "Email delivery"] {
            let planned =
                Self.section("### Architecture", of: plan) + Self.section("### Phase 1:", of: plan)
                + Self.section("### External Dependencies", of: plan)
            #expect(!planned.joined().contains(name), "\(name) is not used by the feature")
        }
        #expect(
            Self.section("### External Dependencies", of: plan).contains {
                $0.hasPrefix("- reqwest - calls to the GitHub API (to add)")
            })
    }

    /// Each fact names its source: the manifest, the constitution, another feature's Spec Kit plan.
    @Test func notesSayWhereEachStackFactCameFrom() throws {
        let notes = Self.section("## Notes", of: try Self.plan("quill-cli", "001-release-notes")).joined(
            separator: "\n")
        #expect(notes.contains("- Stack: Language: Rust"), "\(notes)")
        for source in ["(Cargo.toml)", "(plan of 002-changelog-lint)", "(constitution)"] {
            #expect(notes.contains(source), "\(source) in \(notes)")
        }
        let testing = Self.section("### Phase : Testing", of: try Self.plan("quill-cli", "001-release-notes")).joined(
            separator: "\n")
        #expect(testing.contains("(cargo test, cargo-nextest)") && testing.contains("(insta)"), "\(testing)")
    }

    /// The constitution's PostgreSQL is kept over the manifest's MySQL driver, and the plan says so;
    /// dependencies come from pyproject.toml with their versions.
    @Test func theConstitutionBeatsAManifestAndTheConflictIsNoted() throws {
        let plan = try Self.plan("ledger-api", "001-invoice-export")
        #expect(Self.line("Database", of: plan).hasPrefix("- **Database**: PostgreSQL 16 for Export Job and Invoice"))
        #expect(Self.line("Backend", of: plan).hasPrefix("- **Backend**: FastAPI"))
        #expect(
            plan.contains(
                "Sources disagree on the storage: PostgreSQL 16 (constitution) kept over MySQL (pyproject.toml)"),
            "\(Self.section("## Notes", of: plan))")
        let dependencies = Self.section("### External Dependencies", of: plan)
        for expected in [
            "- fastapi - API framework (pyproject.toml >=0.111)",
            "- sqlalchemy - data access and migrations (pyproject.toml >=2.0)",
            "- httpx - calls to the Postmark API (pyproject.toml >=0.27)",
            "- pytest - unit and integration tests (pyproject.toml >=8.2)",
        ] {
            #expect(dependencies.contains(expected), "\(expected) in \(dependencies)")
        }
        #expect(
            !dependencies.contains { $0.contains("mysqlclient") },
            "the overruled database's driver is no dependency of the feature")
        #expect(
            Self.section("### Phase 1:", of: plan).contains(
                "- Define roles and permission guards (RBAC) for the feature's operations"))
    }

    @Test func theConfigBeatsTheConstitution() {
        let constitution =
            "# Shop Constitution\n\n## Principles\n\n### I. Simple\n- Keep it simple.\n\n## Technology Stack\n\n- Backend: Django on Python 3.12\n"
        let sources = ProfileSources(configStack: TechStack(language: "Java 21", backend: "Spring Boot"))
        let plan = Self.plan(spec: Self.busySpec, sources: sources, constitution: constitution)
        #expect(
            Self.line("Backend", of: plan).hasPrefix("- **Backend**: Spring Boot (Java 21) service"),
            "\(Self.line("Backend", of: plan))")
        #expect(plan.contains("Sources disagree on the backend: Spring Boot (config) kept over Django (constitution)"))
        #expect(!Self.section("### External Dependencies", of: plan).joined().contains("django"))
    }

    /// `.plansync.json` beats config.json: its "none" clears the config's backend and database.
    @Test func projectSettingsBeatTheConfig() {
        let sources = ProfileSources(
            projectSettingsStack: TechStack(
                language: "Go 1.23", backend: "none", database: "none", kind: .commandLineTool),
            configStack: TechStack(backend: "Django", database: "PostgreSQL"))
        let plan = Self.plan(spec: Self.busySpec, sources: sources)
        #expect(
            Self.line("Backend", of: plan).hasPrefix(
                "- **Backend**: Go 1.23 command-line tool implementing Export Record"),
            "\(Self.line("Backend", of: plan))")
        #expect(
            Self.line("Database", of: plan) == "- **Database**: none (command-line tool without a database of its own)")
        #expect(
            !plan.contains("Django") && !plan.contains("Python"),
            "the config's backend and what it brings are overruled")
        #expect(
            plan.contains("backend: none (.plansync.json)") && plan.contains("storage: none (.plansync.json)"),
            "\(Self.section("## Notes", of: plan))")
    }

    /// A spec that states its own stack in a project that names none: its words are the stack.
    @Test func theSpecsOwnStackCounts() {
        let spec =
            Self.busySpec
            + "\n## Tech Stack\n\n| Layer | Technology |\n|---|---|\n| Language | Swift 6 |\n| UI | SwiftUI |\n| Storage | SwiftData |\n"
        let plan = Self.plan(spec: spec, sources: ProfileSources())
        #expect(!plan.contains("Stack assumed"))
        #expect(
            Self.line("Frontend", of: plan).hasPrefix("- **Frontend**: SwiftUI screens"),
            "\(Self.line("Frontend", of: plan))")
        #expect(
            plan.contains("Define how Export Record is kept in SwiftData") || plan.contains("SwiftData schema"),
            "\(Self.section("### Phase 1:", of: plan))")
        #expect(!plan.contains("NestJS") && !plan.contains("@nestjs"))
    }

    /// A malformed package.json and one cut at a MiB are named in Notes; the plan is written from the rest.
    @Test func unreadableSourcesAreNotedAndThePlanIsStillWritten() throws {
        let sources = ProfileSources(
            manifests: [
                SourceFile(path: "package.json", text: #"{"dependencies": {"express": "^4.19", }"#),
                SourceFile(path: "web/package.json", text: #"{"dependencies": {"react": "18.3.1""#, isTruncated: true),
            ],
            unreadable: [
                SourceProblem(
                    path: ".plansync.json", reason: "is a FIFO, not a regular file; it is ignored until it is fixed")
            ])
        let plan = Self.plan(spec: Self.busySpec, sources: sources)
        try GoldenPlanTests.expectFormat(plan)
        let notes = Self.section("## Notes", of: plan).joined(separator: "\n")
        #expect(
            notes.contains("Could not fully read package.json:")
                && notes.contains("Could not fully read web/package.json: only the first 1024 KiB were read"),
            "\(notes)")
        #expect(notes.contains("Could not fully read .plansync.json: is a FIFO, not a regular file"), "\(notes)")
        #expect(
            Self.line("Backend", of: plan).contains("Express"),
            "the readable part still counts: \(Self.line("Backend", of: plan))")
    }
}
