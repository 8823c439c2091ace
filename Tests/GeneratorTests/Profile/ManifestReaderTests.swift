import Testing
@testable import Generator

/// Each reader gets a small manifest of the kind a real project keeps, and a broken one.
struct ManifestReaderTests {
    private func read(_ path: String, _ text: String) throws -> Manifest {
        try #require(ManifestReader.read(path: path, text: text))
    }

    private func names(_ manifest: Manifest, _ scope: DependencyScope? = nil) -> [String] {
        manifest.dependencies.filter { scope == nil || $0.scope == scope }.map(\.name)
    }

    private func stated(_ manifest: Manifest) -> [String: String] {
        Dictionary(manifest.stated.map { ($0.name, $0.version ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    @Test func packageJSONReadsEveryDependencyKindEnginesAndBin() throws {
        let manifest = try read("tools/cli/package.json", """
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
    }

    @Test func packageJSONWorkspacesAndPlainJavaScript() throws {
        let manifest = try read("package.json", #"{"private": true, "workspaces": {"packages": ["apps/*", "libs/*"]}, "dependencies": {"express": "4"}}"#)
        #expect(manifest.hints == [.workspace(2)])
        #expect(stated(manifest)["JavaScript"] != nil)
    }

    @Test func malformedJSONKeepsWhatWasReadAndSaysWhere() throws {
        let manifest = try read("package.json", """
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
        let manifest = try read("apps/api/composer.json", """
        {"name": "acme/billing", "type": "project",
         "require": {"php": "^8.3", "ext-pdo_pgsql": "*", "slim/slim": "^4.12"},
         "require-dev": {"phpunit/phpunit": "^11"}}
        """)
        #expect(stated(manifest)["PHP"] == "^8.3")
        #expect(names(manifest, .runtime) == ["ext-pdo_pgsql", "slim/slim"])
        #expect(names(manifest, .development) == ["phpunit/phpunit"])
    }

    @Test func pyprojectReadsPEP621PoetryGroupsScriptsAndTools() throws {
        let manifest = try read("pyproject.toml", """
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
        let manifest = try read("requirements-dev.txt", """
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
        let cfg = try read("setup.cfg", """
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
        let pipfile = try read("Pipfile", "[packages]\nflask = \"*\"\n[dev-packages]\npytest = \"*\"\n[requires]\npython_version = \"3.12\"\n")
        #expect(names(pipfile, .runtime) == ["flask"])
        #expect(stated(pipfile)["Python"] == "3.12")
    }

    @Test func brokenTOMLLinesAreSkippedAndReported() throws {
        let manifest = try read("pyproject.toml", "[project]\nname = \"x\"\nthis is not toml\ndependencies = [\"django>=5\"]\n")
        #expect(names(manifest) == ["django"])
        #expect(manifest.problems == ["line 3: cannot read this line"])
    }

    @Test func goModReadsModuleVersionRequiresAndTools() throws {
        let manifest = try read("go.mod", """
        module example.org/acme/deployctl

        go 1.22.3

        require github.com/spf13/cobra v1.8.0

        require (
        \tgithub.com/stretchr/testify v1.9.0
        \tgolang.org/x/sys v0.20.0 // indirect
        )

        tool golang.org/x/tools/cmd/stringer
        """)
        #expect(manifest.name == "example.org/acme/deployctl")
        #expect(stated(manifest)["Go"] == "1.22.3")
        #expect(names(manifest, .runtime) == ["github.com/spf13/cobra", "github.com/stretchr/testify", "golang.org/x/sys"])
        #expect(manifest.dependencies.map(\.isIndirect) == [false, false, true, false])
        #expect(names(manifest, .build) == ["golang.org/x/tools/cmd/stringer"])
    }

    @Test func goModWithAnOpenBlockSaysSo() throws {
        let manifest = try read("go.mod", "module m\ngo 1.21\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n")
        #expect(names(manifest) == ["github.com/gin-gonic/gin"])
        #expect(manifest.problems == ["the require block is never closed"])
    }

    @Test func cargoReadsPackageTablesTargetsAndWorkspace() throws {
        let manifest = try read("Cargo.toml", """
        [package]
        name = "logtail"
        edition = "2021"
        rust-version = "1.75"

        [[bin]]
        name = "logtail"
        path = "src/main.rs"

        [dependencies]
        clap = { version = "4.5", features = ["derive"] }
        tokio = "1"
        my-serde = { package = "serde", version = "1.0" }

        [dependencies.reqwest]
        version = "0.12"
        default-features = false

        [dev-dependencies]
        insta = "1.39"

        [target.'cfg(unix)'.dependencies]
        nix = "0.29"
        """)
        #expect(stated(manifest)["Rust"] == "1.75")
        #expect(names(manifest, .runtime) == ["clap", "tokio", "serde", "reqwest", "nix"])
        #expect(manifest.dependencies.first { $0.name == "reqwest" }?.version == "0.12")
        #expect(names(manifest, .development) == ["insta"])
        #expect(manifest.hints == [.executable])
        let workspace = try read("Cargo.toml", "[workspace]\nmembers = [\n  \"core\",\n  \"cli\", # the binary\n]\n[workspace.package]\nedition = \"2024\"\n")
        #expect(workspace.hints == [.workspace(2)])
        #expect(stated(workspace)["Rust"] == "edition 2024")
    }

    @Test func swiftPackageReadsToolsVersionURLsPlatformsAndProducts() throws {
        let manifest = try read("Package.swift", """
        // swift-tools-version:5.10
        import PackageDescription

        let package = Package(
            name: "WeightWidget",
            platforms: [.iOS(.v17), .watchOS(.v10)],
            products: [.library(name: "WeightKit", targets: ["WeightKit"])],
            dependencies: [
                .package(url: "https://github.com/pointfreeco/swift-composable-architecture.git", from: "1.10.0"),
                .package(url: "git@github.com:apple/swift-argument-parser.git", from: "1.3.0"),
            ],
            targets: [.target(name: "WeightKit")]
        )
        """)
        #expect(manifest.name == "WeightWidget")
        #expect(stated(manifest)["Swift"] == "5.10")
        #expect(names(manifest) == ["github.com/pointfreeco/swift-composable-architecture", "github.com/apple/swift-argument-parser"])
        #expect(manifest.hints == [.platform("iOS"), .platform("watchOS"), .library])
    }

    @Test func pomReadsParentDependenciesScopesPluginsAndJavaVersion() throws {
        let manifest = try read("pom.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <parent>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId>
            <version>3.3.0</version>
          </parent>
          <artifactId>orders</artifactId>
          <properties><java.version>21</java.version></properties>
          <dependencies>
            <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
            <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><scope>runtime</scope></dependency>
            <!-- <dependency><groupId>mysql</groupId><artifactId>mysql-connector-java</artifactId></dependency> -->
            <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>
          </dependencies>
        </project>
        """)
        #expect(manifest.name == "orders")
        #expect(stated(manifest)["Java"] == "21")
        #expect(names(manifest, .runtime) == ["org.springframework.boot:spring-boot-starter-web", "org.postgresql:postgresql"])
        #expect(names(manifest, .development) == ["org.junit.jupiter:junit-jupiter"])
        #expect(names(manifest, .build) == ["org.springframework.boot:spring-boot-starter-parent"])
    }

    @Test func unclosedXMLIsReported() throws {
        let manifest = try read("pom.xml", "<project><dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId>")
        #expect(names(manifest) == ["g:a"])
        #expect(manifest.problems == ["<dependency> is never closed"])
    }

    @Test func gradleReadsPluginsAliasesDependenciesAndToolchain() throws {
        let manifest = try read("app/build.gradle.kts", """
        plugins {
            alias(libs.plugins.android.application)
            kotlin("android") version "2.0.0"
            id("org.jetbrains.kotlin.plugin.compose")
        }
        kotlin { jvmToolchain(17) }
        dependencies {
            implementation(libs.androidx.core.ktx)
            implementation("com.squareup.retrofit2:retrofit:2.11.0")
            testImplementation("junit:junit:4.13.2")
        }
        """)
        #expect(manifest.hints == [.androidApp])
        #expect(stated(manifest)["Kotlin"] == "2.0.0")
        #expect(stated(manifest)["Jetpack Compose"] != nil)
        #expect(stated(manifest)["JVM"] == "17")
        #expect(names(manifest, .runtime) == ["androidx.core:ktx", "com.squareup.retrofit2:retrofit"])
        #expect(names(manifest, .development) == ["junit:junit"])
        let groovy = try read("build.gradle", "plugins {\n  id 'org.springframework.boot' version '3.2.5'\n  id 'java'\n}\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n}\n")
        #expect(stated(groovy)["Spring Boot"] != nil)
        #expect(stated(groovy)["Java"] != nil)
    }

    @Test func gemfileReadsGroupsAndRubyVersion() throws {
        let manifest = try read("Gemfile", """
        source "https://rubygems.org"
        ruby "3.3.1"
        gem "rails", "~> 7.1"
        gem 'pg'
        group :development, :test do
          gem "rspec-rails"
        end
        gem "sidekiq"
        """)
        #expect(stated(manifest)["Ruby"] == "3.3.1")
        #expect(names(manifest, .runtime) == ["rails", "pg", "sidekiq"])
        #expect(names(manifest, .development) == ["rspec-rails"])
    }

    @Test func gemspecIsALibrary() throws {
        let manifest = try read("acme.gemspec", "Gem::Specification.new do |spec|\n  spec.name = \"acme\"\n  spec.add_dependency \"thor\", \">= 1.2\"\n  spec.add_development_dependency 'rspec'\nend\n")
        #expect(manifest.name == "acme")
        #expect(names(manifest, .runtime) == ["thor"])
        #expect(manifest.hints == [.library])
    }

    @Test func csprojReadsSdkFrameworkOutputAndReferences() throws {
        let manifest = try read("src/Acme.Cli/Acme.Cli.csproj", """
        \u{FEFF}<Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net8.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="System.CommandLine" Version="2.0.0-beta4" />
            <PackageReference Include="Dapper"><Version>2.1.35</Version></PackageReference>
          </ItemGroup>
        </Project>
        """)
        #expect(stated(manifest) == ["C#": "", ".NET": "8.0"])
        #expect(names(manifest) == ["System.CommandLine", "Dapper"])
        #expect(manifest.dependencies[1].version == "2.1.35")
        #expect(manifest.hints == [.executable])
        let web = try read("Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup></Project>")
        #expect(web.hints == [.webApp])
        let tests = try read("Api.Tests.fsproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"17\" /><PackageReference Include=\"xunit\" Version=\"2\" /></ItemGroup></Project>")
        #expect(tests.hints == [.testProject])
        #expect(names(tests, .development) == ["Microsoft.NET.Test.Sdk", "xunit"])
        #expect(stated(tests)["F#"] != nil)
    }

    @Test func pubspecReadsDependenciesAndSdks() throws {
        let manifest = try read("pubspec.yaml", """
        name: habit_log
        environment:
          sdk: ">=3.3.0 <4.0.0"
        dependencies:
          flutter:
            sdk: flutter
          flutter_riverpod: ^2.5.1   # state
          dio: ^5.4.0
        dev_dependencies:
          flutter_test:
            sdk: flutter
        """)
        #expect(manifest.name == "habit_log")
        #expect(stated(manifest)["Dart"] == ">=3.3.0 <4.0.0")
        #expect(names(manifest, .runtime) == ["flutter", "flutter_riverpod", "dio"])
        #expect(names(manifest, .development) == ["flutter_test"])
    }

    @Test func platformIOReadsPlatformsFrameworksAndLibraries() throws {
        let manifest = try read("firmware/platformio.ini", """
        ; sensor node
        [env:esp32dev]
        platform = espressif32
        board = esp32dev
        framework = arduino
        lib_deps =
            fastled/FastLED@^3.6.0
            knolleary/PubSubClient
        """)
        #expect(names(manifest, .build) == ["espressif32", "arduino"])
        #expect(names(manifest, .runtime) == ["fastled/FastLED", "knolleary/PubSubClient"])
        #expect(manifest.hints == [.firmware])
    }

    @Test func garbageNeverCrashesAnyReader() {
        let garbage = ["", "\u{0}\u{1}\u{2}", "{{{{[[[[", "<<<>>>", "[[[[\n\"\"\"", String(repeating: "a = [", count: 2000), "\u{FEFF}"]
        for format in ManifestFormat.allCases {
            for text in garbage {
                _ = ManifestReader.read(format, text: text, path: "x")
            }
        }
    }
}
