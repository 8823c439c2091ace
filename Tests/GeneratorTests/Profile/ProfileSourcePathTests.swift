import Testing

@testable import Generator

/// The walker asks, path by path, whether a file feeds the profile.
struct ProfileSourcePathTests {
    @Test(arguments: [
        ("package.json", ProfileSourceKind.manifest(.packageJSON)), ("apps/api/composer.json", .manifest(.composer)),
        ("src/Acme.Console/Acme.Console.csproj", .manifest(.dotnetProject)),
        ("infrastructure/pulumi/package.json", .manifest(.packageJSON)),
        ("requirements-dev.txt", .manifest(.requirements)), ("requirements/base.txt", .manifest(.requirements)),
        ("app/build.gradle.kts", .manifest(.gradle)), ("settings.gradle", .manifest(.gradle)),
        ("acme.gemspec", .manifest(.gemspec)),
        ("firmware/platformio.ini", .manifest(.platformIO)), ("Cargo.toml", .manifest(.cargo)),
        ("go.mod", .manifest(.goMod)),
        (".plansync.json", .projectSettings), (".specify/memory/constitution.md", .constitution),
        ("memory/constitution.md", .constitution),
        ("specs/003-export/plan.md", .specKitPlan),
    ])
    func manifestsAndProjectFilesAreRecognised(_ path: String, _ expected: ProfileSourceKind) {
        #expect(ProfileSourcePath.classify(path) == expected)
    }

    @Test(arguments: [
        (".github/workflows/ci.yml", "GitHub Actions"), ("Dockerfile", "Docker"), ("bunfig.toml", "Bun"),
        ("Foo.xcodeproj", "Xcode"),
        ("deploy/main.tf", "Terraform"), ("sketch/sketch.ino", "Arduino"), (".gitlab-ci.yml", "GitLab CI"),
        ("vite.config.ts", "Vite"),
        ("fly.toml", "Fly.io"), ("railway.json", "Railway"), ("CMakeLists.txt", "CMake"),
        ("Pulumi.production.yaml", "Pulumi"),
    ])
    func markersNameTheirTechnology(_ path: String, _ technology: String) {
        guard case .marker(let marker) = ProfileSourcePath.classify(path) else {
            Issue.record("\(path) is no marker")
            return
        }
        #expect(marker.technologies.contains(technology))
        #expect(marker.technologies.allSatisfy { TechnologyCatalogue.standard.technology(named: $0) != nil })
    }

    @Test(arguments: [
        "README.md", "src/main.rs", "a/b/c/d/package.json", "specs/003-export/spec.md", ".github/dependabot.yml",
        "docs.json",
    ])
    func otherFilesAreNoSource(_ path: String) {
        #expect(ProfileSourcePath.classify(path) == nil)
    }

    @Test func walkersSkipDependencyBuildAndHiddenFolders() {
        for name in [
            "node_modules", ".git", "vendor", "target", "build", "dist", ".build", "Pods", ".venv", "examples", "docs",
            ".next",
        ] {
            #expect(ProfileSourcePath.shouldSkipDirectory(named: name), "\(name)")
        }
        for name in ["src", "apps", "infrastructure", ".github", ".specify", "app", "firmware"] {
            #expect(!ProfileSourcePath.shouldSkipDirectory(named: name), "\(name)")
        }
    }

    @Test func everyMarkerNamesCatalogueTechnologies() {
        let names = [
            "Dockerfile", "compose.yaml", "Jenkinsfile", "deno.json", "angular.json", "Podfile", "AndroidManifest.xml",
            "sdkconfig",
            "Chart.yaml", "vercel.json", "netlify.toml", "Procfile", "wrangler.toml", "manage.py", "go.work", "mix.exs",
            "App.sln", "x.ipynb",
        ]
        for name in names {
            guard case .marker(let marker) = ProfileSourcePath.classify(name) else {
                Issue.record("\(name) is no marker")
                continue
            }
            #expect(
                marker.technologies.allSatisfy { TechnologyCatalogue.standard.technology(named: $0) != nil },
                "\(name): \(marker.technologies)")
        }
    }
}
