import Testing

@testable import Generator

/// Each reader gets a small manifest of the kind a real project keeps, and a broken one:
/// JavaScript, PHP and Python here, the compiled ecosystems in `CompiledManifestReaderTests`.
struct ManifestReaderTests {
    func read(_ path: String, _ text: String) throws -> Manifest {
        try #require(ManifestReader.read(path: path, text: text))
    }

    func names(_ manifest: Manifest, _ scope: DependencyScope? = nil) -> [String] {
        manifest.dependencies.filter { scope == nil || $0.scope == scope }.map(\.name)
    }

    func stated(_ manifest: Manifest) -> [String: String] {
        Dictionary(manifest.stated.map { ($0.name, $0.version ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    @Test func packageJSONReadsEveryDependencyKindEnginesAndBin() throws {
        let manifest = try read(
            "tools/cli/package.json",
            """
            {
              "name": "ticket-sync",
              "type": "module",
              "bin": { "ticket-sync": "./bin/run.js" },
              "engines": { "node": ">=20" },
              "packageManager": "pnpm@9.1.0",
              "dependencies": { "commander": "^12.0.0", "undici": "6.x" },
              "devDependencies": { "typescript": "~5.4.0", "vitest": "^1.6.0", },
              "peerDependencies": { "zod": "^3" }
            }
            """)
        #expect(manifest.name == "ticket-sync")
        #expect(names(manifest, .runtime) == ["commander", "undici"])
        #expect(names(manifest, .development) == ["typescript", "vitest"])
        #expect(names(manifest, .peer) == ["zod"])
        #expect(stated(manifest) == ["TypeScript": "~5.4.0", "Node.js": ">=20", "pnpm": "9.1.0"])
        #expect(manifest.hints.contains(.executable))
        #expect(manifest.problems.isEmpty)
        #expect(manifest.ecosystem == .javascript)
        #expect(manifest.language == StatedTechnology(name: "TypeScript", version: "~5.4.0"))
    }

    @Test func packageJSONWorkspacesAndPlainJavaScript() throws {
        let manifest = try read(
            "package.json",
            #"{"private": true, "workspaces": {"packages": ["apps/*", "libs/*"]}, "dependencies": {"express": "4"}}"#)
        #expect(manifest.hints == [.workspace(2)])
        #expect(stated(manifest)["JavaScript"] != nil)
    }

    @Test func malformedJSONKeepsWhatWasReadAndSaysWhere() throws {
        let manifest = try read(
            "package.json",
            """
            {
              "dependencies": { "react": "^18.2.0", "vite": "^5" }
              "devDependencies": { "vitest": "^1" }
            }
            """)
        #expect(names(manifest) == ["react", "vite"])
        #expect(manifest.problems == ["line 3, column 3: expected ',' or '}'"])
    }

    @Test func truncatedJSONIsReportedAsCut() throws {
        let text = #"{"dependencies": {"react": "18", "react-dom": "18", "next": "1"#
        let manifest = try #require(ManifestReader.read(path: "package.json", text: text, truncated: true))
        #expect(names(manifest) == ["react", "react-dom"])
        #expect(manifest.problems.first == "only the first 1024 KiB were read")
        #expect(manifest.problems.count == 2)
    }

    @Test func deeplyNestedJSONStopsAtTheDepthLimit() throws {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let manifest = try read("package.json", text)
        #expect(manifest.problems.first?.contains("nested deeper than 64 levels") == true)
    }

    @Test func composerReadsPHPVersionExtensionsAndType() throws {
        let manifest = try read(
            "apps/api/composer.json",
            """
            {"name": "acme/billing", "type": "project",
             "require": {"php": "^8.3", "ext-pdo_pgsql": "*", "slim/slim": "^4.12"},
             "require-dev": {"phpunit/phpunit": "^11"}}
            """)
        #expect(stated(manifest)["PHP"] == "^8.3")
        #expect(names(manifest, .runtime) == ["ext-pdo_pgsql", "slim/slim"])
        #expect(names(manifest, .development) == ["phpunit/phpunit"])
    }

    @Test func pyprojectReadsPEP621PoetryGroupsScriptsAndTools() throws {
        let manifest = try read(
            "pyproject.toml",
            """
            [project]
            name = "ledger-export"
            requires-python = ">=3.11"
            dependencies = [
                "fastapi>=0.110",   # web layer
                "sqlalchemy[asyncio] (>=2.0,<3)",
                'httpx ; python_version >= "3.11"',
            ]
            classifiers = ["Framework :: FastAPI", "Programming Language :: Python :: 3.12"]

            [project.optional-dependencies]
            test = ["pytest>=8", "pytest-cov"]

            [project.scripts]
            ledger-export = "ledger_export.cli:main"

            [tool.poetry.group.lint.dependencies]
            ruff = "^0.4"

            [build-system]
            requires = ["hatchling"]
            build-backend = "hatchling.build"

            [tool.pytest.ini_options]
            testpaths = ["tests"]
            """)
        #expect(manifest.name == "ledger-export")
        #expect(stated(manifest)["Python"] == ">=3.11")
        #expect(stated(manifest)["FastAPI"] != nil)
        #expect(stated(manifest)["pytest"] != nil)
        #expect(names(manifest, .runtime) == ["fastapi", "sqlalchemy", "httpx"])
        #expect(manifest.dependencies[1].version == ">=2.0,<3")
        #expect(names(manifest, .development) == ["pytest", "pytest-cov", "ruff"])
        #expect(names(manifest, .build) == ["hatchling"])
        #expect(manifest.hints.contains(.executable))
        #expect(manifest.problems.isEmpty)
    }

    @Test func requirementsFilesReadNamesVersionsAndEditableEggs() throws {
        let manifest = try read(
            "requirements-dev.txt",
            """
            # tooling
            -r requirements.txt
            pytest==8.2.0  # runner
            black>=24
            -e git+https://example.org/acme/helpers.git#egg=acme-helpers
            """)
        #expect(names(manifest, .development) == ["pytest", "black", "acme-helpers"])
        #expect(manifest.dependencies[0].version == "==8.2.0")
    }

    @Test func setupCfgAndPipfile() throws {
        let cfg = try read(
            "setup.cfg",
            """
            [metadata]
            name = tiny-etl
            [options]
            python_requires = >=3.10
            install_requires =
                pandas>=2
                requests
            [options.entry_points]
            console_scripts =
                tiny-etl = tiny_etl:main
            """)
        #expect(names(cfg) == ["pandas", "requests"])
        #expect(cfg.hints == [.executable])
        let pipfile = try read(
            "Pipfile",
            "[packages]\nflask = \"*\"\n[dev-packages]\npytest = \"*\"\n[requires]\npython_version = \"3.12\"\n")
        #expect(names(pipfile, .runtime) == ["flask"])
        #expect(stated(pipfile)["Python"] == "3.12")
    }

    @Test func brokenTOMLLinesAreSkippedAndReported() throws {
        let manifest = try read(
            "pyproject.toml", "[project]\nname = \"x\"\nthis is not toml\ndependencies = [\"django>=5\"]\n")
        #expect(names(manifest) == ["django"])
        #expect(manifest.problems == ["line 3: cannot read this line"])
    }

    @Test func garbageNeverCrashesAnyReader() {
        let garbage = [
            "", "\u{0}\u{1}\u{2}", "{{{{[[[[", "<<<>>>", "[[[[\n\"\"\"", String(repeating: "a = [", count: 2000),
            "\u{FEFF}",
        ]
        for format in ManifestFormat.allCases {
            for text in garbage {
                _ = ManifestReader.read(format, text: text, path: "x")
            }
        }
    }
}
