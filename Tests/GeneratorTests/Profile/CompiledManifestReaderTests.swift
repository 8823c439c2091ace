import Testing

@testable import Generator

/// Manifests of Go, Rust, Swift, the JVM, Ruby, .NET, Dart and PlatformIO projects.
struct CompiledManifestReaderTests {
    private let base = ManifestReaderTests()
    private func read(_ path: String, _ text: String) throws -> Manifest { try base.read(path, text) }
    private func names(_ manifest: Manifest, _ scope: DependencyScope? = nil) -> [String] {
        base.names(manifest, scope)
    }
    private func stated(_ manifest: Manifest) -> [String: String] { base.stated(manifest) }

    @Test func goModReadsModuleVersionRequiresAndTools() throws {
        let manifest = try read(
            "go.mod",
            """
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
        #expect(
            names(manifest, .runtime) == ["github.com/spf13/cobra", "github.com/stretchr/testify", "golang.org/x/sys"])
        #expect(manifest.dependencies.map(\.isIndirect) == [false, false, true, false])
        #expect(names(manifest, .build) == ["golang.org/x/tools/cmd/stringer"])
    }

    @Test func goModWithAnOpenBlockSaysSo() throws {
        let manifest = try read("go.mod", "module m\ngo 1.21\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n")
        #expect(names(manifest) == ["github.com/gin-gonic/gin"])
        #expect(manifest.problems == ["the require block is never closed"])
    }

    @Test func cargoReadsPackageTablesTargetsAndWorkspace() throws {
        let manifest = try read(
            "Cargo.toml",
            """
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
        let workspace = try read(
            "Cargo.toml",
            "[workspace]\nmembers = [\n  \"core\",\n  \"cli\", # the binary\n]\n[workspace.package]\nedition = \"2024\"\n"
        )
        #expect(workspace.hints == [.workspace(2)])
        #expect(stated(workspace)["Rust"] == "edition 2024")
    }

    @Test func swiftPackageReadsToolsVersionURLsPlatformsAndProducts() throws {
        let manifest = try read(
            "Package.swift",
            """
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
        #expect(
            names(manifest) == [
                "github.com/pointfreeco/swift-composable-architecture", "github.com/apple/swift-argument-parser",
            ])
        #expect(manifest.hints == [.platform("iOS"), .platform("watchOS"), .library])
    }

    @Test func pomReadsParentDependenciesScopesPluginsAndJavaVersion() throws {
        let manifest = try read(
            "pom.xml",
            """
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
        #expect(
            names(manifest, .runtime) == [
                "org.springframework.boot:spring-boot-starter-web", "org.postgresql:postgresql",
            ])
        #expect(names(manifest, .development) == ["org.junit.jupiter:junit-jupiter"])
        #expect(names(manifest, .build) == ["org.springframework.boot:spring-boot-starter-parent"])
    }

    @Test func unclosedXMLIsReported() throws {
        let manifest = try read(
            "pom.xml", "<project><dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId>")
        #expect(names(manifest) == ["g:a"])
        #expect(manifest.problems == ["<dependency> is never closed"])
    }

    @Test func gradleReadsPluginsAliasesDependenciesAndToolchain() throws {
        let manifest = try read(
            "app/build.gradle.kts",
            """
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
        let groovy = try read(
            "build.gradle",
            "plugins {\n  id 'org.springframework.boot' version '3.2.5'\n  id 'java'\n}\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n}\n"
        )
        #expect(stated(groovy)["Spring Boot"] != nil)
        #expect(stated(groovy)["Java"] != nil)
    }

    @Test func gemfileReadsGroupsAndRubyVersion() throws {
        let manifest = try read(
            "Gemfile",
            """
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
        let manifest = try read(
            "acme.gemspec",
            "Gem::Specification.new do |spec|\n  spec.name = \"acme\"\n  spec.add_dependency \"thor\", \">= 1.2\"\n  spec.add_development_dependency 'rspec'\nend\n"
        )
        #expect(manifest.name == "acme")
        #expect(names(manifest, .runtime) == ["thor"])
        #expect(manifest.hints == [.library])
    }

    @Test func csprojReadsSdkFrameworkOutputAndReferences() throws {
        let manifest = try read(
            "src/Acme.Cli/Acme.Cli.csproj",
            """
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
        let web = try read(
            "Api.csproj",
            "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup></Project>"
        )
        #expect(web.hints == [.webApp])
        let tests = try read(
            "Api.Tests.fsproj",
            "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"17\" /><PackageReference Include=\"xunit\" Version=\"2\" /></ItemGroup></Project>"
        )
        #expect(tests.hints == [.testProject])
        #expect(names(tests, .development) == ["Microsoft.NET.Test.Sdk", "xunit"])
        #expect(stated(tests)["F#"] != nil)
    }

    @Test func pubspecReadsDependenciesAndSdks() throws {
        let manifest = try read(
            "pubspec.yaml",
            """
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
        let manifest = try read(
            "firmware/platformio.ini",
            """
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
}
