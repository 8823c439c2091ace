import Testing

@testable import Generator

/// The profile: which source wins, what kind the project is, and what Notes say about it.
struct ProjectProfileTests {
    private func names(_ profile: ProjectProfile, _ role: TechnologyRole) -> [String] {
        profile.technologies(for: role).map(\.name)
    }

    private func manifest(_ path: String, _ text: String) -> SourceFile { SourceFile(path: path, text: text) }

    // MARK: - Sources, strongest first

    @Test func theConstitutionBeatsAManifestAndTheConflictIsKept() {
        let sources = ProfileSources(
            constitution: "## Technology Stack\n- **Database**: PostgreSQL\n",
            manifests: [manifest("package.json", #"{"dependencies": {"mysql2": "^3.9", "express": "^4.19"}}"#)])
        let profile = ProjectProfile.read(sources)
        #expect(names(profile, .database) == ["PostgreSQL"])
        #expect(
            profile.conflicts.map(\.description) == [
                "storage: PostgreSQL (constitution) kept over MySQL (package.json)"
            ])
        #expect(profile.notes.contains("Conflict: storage: PostgreSQL (constitution) kept over MySQL (package.json)"))
        #expect(names(profile, .backendFramework) == ["Express"])
    }

    @Test func projectSettingsBeatConfigWhichBeatsEverythingElse() {
        let settings = TechStack(
            backend: "FastAPI (Python)", frontend: "none", database: "SQLite", cache: "none", source: .config)
        let config = TechStack(
            backend: "Spring Boot", frontend: "Angular", database: "Oracle Database", cache: "Redis", source: .config)
        let sources = ProfileSources(
            projectSettingsStack: settings, configStack: config, constitution: "## Stack\n- Database: MongoDB\n")
        let profile = ProjectProfile.read(sources)
        #expect(names(profile, .backendFramework) == ["FastAPI"])
        #expect(names(profile, .database) == ["SQLite"])
        #expect(profile.choices(for: .database).first?.source == .projectSettings)
        #expect(names(profile, .frontendFramework) == ["Angular"])
        #expect(names(profile, .cache) == ["Redis"])
        #expect(
            profile.conflicts.map(\.overruled.technology.name).sorted() == [
                "MongoDB", "Oracle Database", "Spring Boot",
            ])
    }

    @Test func aConfigStackTheCatalogueDoesNotKnowIsKeptAsWritten() {
        let stack = TechStack(
            backend: "Phoenix LiveView on BEAM", frontend: "none", database: "CrateDB", cache: "none", source: .config)
        let profile = ProjectProfile.read(ProfileSources(configStack: stack))
        #expect(names(profile, .backendFramework) == ["Phoenix"])
        #expect(names(profile, .database) == ["CrateDB"])
        #expect(!profile.isAssumedDefault)
    }

    @Test func relatedTechnologiesDoNotConflict() {
        let sources = ProfileSources(
            constitution: "## Stack\n- Frontend: React\n",
            manifests: [manifest("web/package.json", #"{"dependencies": {"next": "14.2.3", "react": "18.3.1"}}"#)])
        let profile = ProjectProfile.read(sources)
        #expect(names(profile, .frontendFramework) == ["React", "Next.js"])
        #expect(profile.conflicts.isEmpty)
    }

    @Test func aDevelopmentDatabaseDriverChoosesNothing() {
        let sources = ProfileSources(manifests: [
            manifest("package.json", #"{"dependencies": {"pg": "8"}, "devDependencies": {"better-sqlite3": "9"}}"#)
        ])
        let profile = ProjectProfile.read(sources)
        #expect(names(profile, .database) == ["PostgreSQL"])
        #expect(profile.conflicts.isEmpty)
    }

    @Test func theSpecRanksAfterTheConstitutionAndBeforeOtherPlans() {
        let sources = ProfileSources(
            constitution: "## Stack\n- Language: Kotlin\n",
            specKitPlans: [
                SourceFile(
                    path: "specs/001-feed/plan.md",
                    text: "## Technical Context\n**Storage**: Room\n**Testing**: JUnit 5\n")
            ])
        let project = ProjectProfile.read(sources)
        let spec = SpecStack(
            spec:
                "# Feature Specification: Sync\n## Requirements\n- FR-001: Sync MUST store drafts in SQLite and use Ktor.\n"
        )
        let profile = project.applying(spec)
        #expect(names(profile, .database) == ["SQLite"])
        #expect(profile.conflicts.map(\.overruled.technology.name) == ["Room"])
        #expect(names(profile, .backendFramework) == ["Ktor"])
        #expect(names(profile, .testTool) == ["JUnit"])
        #expect(names(project, .database) == ["Room"], "the project part stays as it was")
    }

    @Test func versionsFromWeakerSourcesFillInAndSayWhereTheyCameFrom() {
        let sources = ProfileSources(
            constitution: "## Stack\n- Backend: Rust\n",
            manifests: [
                manifest(
                    "Cargo.toml",
                    "[package]\nname = \"tally\"\nrust-version = \"1.75\"\n[dependencies]\nclap = \"4.5\"\n")
            ])
        let profile = ProjectProfile.read(sources)
        #expect(profile.languages.first?.label == "Rust 1.75")
        #expect(
            profile.provenanceNote.hasPrefix(
                "Language: Rust 1.75 per Cargo.toml (constitution); libraries: clap 4.5 (Cargo.toml); tests: cargo test (constitution)"
            ))
    }

    @Test func goAndRustBringTheirTestRunners() {
        let go = ProjectProfile.read(ProfileSources(manifests: [manifest("go.mod", "module m\ngo 1.22\n")]))
        #expect(names(go, .testTool) == ["go test"])
        #expect(go.testTools.first?.isImplied == true)
        let rust = ProjectProfile.read(
            ProfileSources(manifests: [
                manifest("Cargo.toml", "[package]\nname = \"x\"\n[dev-dependencies]\nproptest = \"1\"\n")
            ]))
        #expect(names(rust, .testTool) == ["proptest", "cargo test"])
    }

    @Test func markersAddWhatTheirPresenceMeans() {
        let sources = ProfileSources(
            manifests: [manifest("go.mod", "module m\n")],
            markers: [".github/workflows/ci.yml", "Dockerfile", "fly.toml"])
        let profile = ProjectProfile.read(sources)
        #expect(names(profile, .ciCd) == ["GitHub Actions"])
        #expect(names(profile, .infrastructure) == ["Docker"])
        #expect(names(profile, .hosting) == ["Fly.io"])
        #expect(profile.notes.contains("CI/CD: GitHub Actions (.github/workflows/ci.yml)"))
    }

    // MARK: - Bad input

    @Test func aMalformedManifestIsReportedAndTheRestStillCounts() {
        let sources = ProfileSources(
            constitution: "## Stack\n- Language: TypeScript\n",
            manifests: [manifest("package.json", #"{"dependencies": {"vue": "^3.4" "pinia": "2"}}"#)],
            unreadable: [SourceProblem(path: "apps/api/pom.xml", reason: "permission denied")])
        let profile = ProjectProfile.read(sources)
        #expect(names(profile, .frontendFramework) == ["Vue"])
        #expect(
            profile.problems.map(\.description) == [
                "package.json: line 1, column 33: expected ',' or '}'", "apps/api/pom.xml: permission denied",
            ])
        #expect(profile.notes.contains("Could not fully read package.json: line 1, column 33: expected ',' or '}'"))
    }

    @Test func aTruncatedManifestSaysSo() {
        let file = SourceFile(path: "package.json", text: #"{"dependencies": {"react": "18", "#, isTruncated: true)
        let profile = ProjectProfile.read(ProfileSources(manifests: [file]))
        #expect(names(profile, .frontendFramework) == ["React"])
        #expect(profile.problems.first?.reason == "only the first 1024 KiB were read")
    }

    // MARK: - Kind

    @Test(arguments: [
        (
            ProfileSources(manifests: [
                SourceFile(
                    path: "package.json",
                    text: #"{"bin": {"tidy": "bin/tidy.js"}, "dependencies": {"commander": "12"}}"#)
            ]),
            ProjectKind.commandLineTool
        ),
        (
            ProfileSources(manifests: [
                SourceFile(path: "Cargo.toml", text: "[package]\nname = \"ringbuf\"\n[lib]\nname = \"ringbuf\"\n")
            ]), .library
        ),
        (
            ProfileSources(manifests: [
                SourceFile(
                    path: "app/build.gradle.kts",
                    text: "plugins {\n    id(\"com.android.application\")\n    kotlin(\"android\")\n}\n")
            ]),
            .mobileApp
        ),
        (
            ProfileSources(
                manifests: [
                    SourceFile(path: "go.mod", text: "module api\ngo 1.22\nrequire github.com/gin-gonic/gin v1.10.0\n")
                ], markers: ["Dockerfile"]),
            .apiService
        ),
        (
            ProfileSources(manifests: [
                SourceFile(
                    path: "platformio.ini", text: "[env:uno]\nplatform = atmelavr\nboard = uno\nframework = arduino\n")
            ]), .embedded
        ),
        (
            ProfileSources(manifests: [
                SourceFile(
                    path: "package.json",
                    text:
                        #"{"private": true, "dependencies": {"react": "19", "react-dom": "19"}, "devDependencies": {"vite": "6"}}"#
                )
            ]),
            .webApplication
        ),
        (
            ProfileSources(manifests: [
                SourceFile(
                    path: "pyproject.toml",
                    text: "[project]\nname = \"churn\"\ndependencies = [\"pandas\", \"scikit-learn\"]\n")
            ]), .dataPipeline
        ),
        (ProfileSources(markers: ["infra/main.tf"]), .infrastructure),
        (
            ProfileSources(constitution: "# Quill Constitution\n\nQuill is a command-line tool for notes.\n"),
            .commandLineTool
        ),
    ])
    func theKindFollowsTheEvidence(_ sources: ProfileSources, _ expected: ProjectKind) {
        let profile = ProjectProfile.read(sources)
        #expect(profile.kind == expected, "\(profile.kindScores)")
    }

    @Test func aSpecOnlyProjectAssumesTheDefaultStackAndSaysSo() {
        let profile = ProjectProfile.read(ProfileSources()).applying(
            SpecStack(spec: "# Feature Specification: Reading list\n\n- FR-001: Users can save books.\n"))
        #expect(profile.isAssumedDefault)
        #expect(names(profile, .backendFramework) == ["NestJS"])
        #expect(names(profile, .frontendFramework) == ["Next.js", "React"])
        #expect(names(profile, .database) == ["PostgreSQL"])
        #expect(names(profile, .cache) == ["Redis"])
        #expect(profile.kind == .webApplication)
        #expect(profile.notes.last?.hasPrefix("Assumed stack: NestJS, Next.js, PostgreSQL, Redis") == true)
        #expect(profile.choices(for: .database).first?.source == .assumedDefault)
    }

    @Test func aSpecThatStatesItsStackNeedsNoAssumption() {
        let spec = SpecStack(
            spec:
                "# Feature Specification: Widget\n## Tech stack\n| Layer | Technology |\n|---|---|\n| UI | SwiftUI |\n| Storage | SwiftData |\n"
        )
        let profile = ProjectProfile.read(ProfileSources()).applying(spec)
        #expect(!profile.isAssumedDefault)
        #expect(names(profile, .mobileUI) == ["SwiftUI"])
        #expect(names(profile, .language) == ["Swift"])
        #expect(names(profile, .database) == ["SwiftData"])
        #expect(profile.kind == .mobileApp)
    }

    @Test func specServicesComeFromInScopeTextOnly() {
        let spec = SpecStack(
            spec: """
                # Feature Specification: Alerts
                **Input**: User description: "Send shift reminders to the team on Slack"
                ## Requirements
                - FR-001: Reminders MUST be sent through Twilio SMS.
                <!-- FR-002: Reminders MUST also go to Discord. -->
                ## Out of Scope
                - Microsoft Teams notifications.
                """)
        #expect(spec.services.map(\.technology.name) == ["Twilio", "Slack"])
        #expect(spec.services.map(\.isDeclared) == [true, false])
        let profile = ProjectProfile.read(ProfileSources(manifests: [manifest("go.mod", "module m\n")])).applying(spec)
        #expect(profile.services.map(\.technology.name) == ["Twilio"])
    }
}
