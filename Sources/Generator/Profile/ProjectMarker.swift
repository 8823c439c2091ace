/// A file whose presence alone says something about a project: `Dockerfile` means Docker,
/// `.github/workflows/ci.yml` GitHub Actions, `bunfig.toml` Bun, `App.xcodeproj` an Xcode app.
public struct ProjectMarker: Sendable, Equatable {
    /// The catalogue names it implies.
    public let technologies: [String]
    public let kindHint: ProjectKind?

    init(_ technologies: String, kind: ProjectKind? = nil) {
        self.technologies = technologies.split(separator: ",").map(String.init)
        self.kindHint = kind
    }

    /// Exact file names.
    private static let byName: [String: ProjectMarker] = [
        "Dockerfile": .init("Docker"), "Containerfile": .init("Docker"), "docker-compose.yml": .init("Docker Compose"),
        "docker-compose.yaml": .init("Docker Compose"), "compose.yml": .init("Docker Compose"),
        "compose.yaml": .init("Docker Compose"),
        ".gitlab-ci.yml": .init("GitLab CI"), "Jenkinsfile": .init("Jenkins"), ".travis.yml": .init("Travis CI"),
        "azure-pipelines.yml": .init("Azure Pipelines"), "bitbucket-pipelines.yml": .init("Bitbucket Pipelines"),
        "bunfig.toml": .init("Bun"), "bun.lockb": .init("Bun"), "bun.lock": .init("Bun"), "deno.json": .init("Deno"),
        "deno.jsonc": .init("Deno"),
        "pnpm-lock.yaml": .init("pnpm"), "pnpm-workspace.yaml": .init("pnpm"), "yarn.lock": .init("Yarn"),
        "turbo.json": .init("Turborepo"),
        "nx.json": .init("Nx"), "lerna.json": .init("Lerna"), "tsconfig.json": .init("TypeScript"),
        "angular.json": .init("Angular", kind: .webApplication),
        "Podfile": .init("CocoaPods"), "Cartfile": .init("Carthage"),
        "AndroidManifest.xml": .init("Android", kind: .mobileApp),
        "CMakeLists.txt": .init("CMake,C++"), "Makefile": .init("Make"), "GNUmakefile": .init("Make"),
        "meson.build": .init("Meson"),
        "MODULE.bazel": .init("Bazel"), "WORKSPACE": .init("Bazel"), "sdkconfig": .init("ESP-IDF", kind: .embedded),
        "Pulumi.yaml": .init("Pulumi", kind: .infrastructure), "Chart.yaml": .init("Helm"),
        "kustomization.yaml": .init("Kustomize"),
        "serverless.yml": .init("AWS Lambda"), "cdk.json": .init("AWS CDK", kind: .infrastructure),
        "ansible.cfg": .init("Ansible", kind: .infrastructure),
        "vercel.json": .init("Vercel"), "netlify.toml": .init("Netlify"), "fly.toml": .init("Fly.io"),
        "railway.json": .init("Railway"),
        "railway.toml": .init("Railway"), "Procfile": .init("Heroku"), "render.yaml": .init("Render.com"),
        "wrangler.toml": .init("Cloudflare"),
        "wrangler.jsonc": .init("Cloudflare"), "firebase.json": .init("Firebase"), "amplify.yml": .init("AWS Amplify"),
        "manage.py": .init("Django"), "environment.yml": .init("Conda"), "pytest.ini": .init("pytest"),
        "conftest.py": .init("pytest"),
        "tox.ini": .init("tox"), "noxfile.py": .init("tox"), "uv.lock": .init("uv"), "poetry.lock": .init("Poetry"),
        "setup.py": .init("setuptools,Python"),
        "global.json": .init(".NET"), "phpunit.xml": .init("PHPUnit"), "phpunit.xml.dist": .init("PHPUnit"),
        "artisan": .init("Laravel"),
        "symfony.lock": .init("Symfony"), ".rspec": .init("RSpec"), "Rakefile": .init("Rake"), "go.work": .init("Go"),
        "rust-toolchain": .init("Rust"), "rust-toolchain.toml": .init("Rust"), "mix.exs": .init("Elixir"),
        "rebar.config": .init("Erlang"),
        "build.sbt": .init("sbt,Scala"), "deps.edn": .init("Clojure"), "project.clj": .init("Clojure"),
        "stack.yaml": .init("Haskell"),
        "Project.toml": .init("Julia"), "west.yml": .init("Zephyr", kind: .embedded),
    ]

    /// File names by their start, for `vite.config.ts`, `next.config.mjs` and the like.
    private static let byPrefix: [(String, ProjectMarker)] = [
        ("vite.config.", .init("Vite")), ("vitest.config.", .init("Vitest")),
        ("next.config.", .init("Next.js", kind: .webApplication)),
        ("nuxt.config.", .init("Nuxt", kind: .webApplication)),
        ("svelte.config.", .init("Svelte", kind: .webApplication)),
        ("astro.config.", .init("Astro", kind: .webApplication)),
        ("remix.config.", .init("Remix", kind: .webApplication)),
        ("tailwind.config.", .init("Tailwind CSS")), ("jest.config.", .init("Jest")),
        ("playwright.config.", .init("Playwright")),
        ("cypress.config.", .init("Cypress")), ("webpack.config.", .init("webpack")), ("Dockerfile.", .init("Docker")),
        ("Pulumi.", .init("Pulumi", kind: .infrastructure)),
    ]

    /// File names by their end.
    private static let bySuffix: [(String, ProjectMarker)] = [
        (".xcodeproj", .init("Xcode", kind: .mobileApp)), (".xcworkspace", .init("Xcode")),
        (".ino", .init("Arduino,C++", kind: .embedded)),
        (".tf", .init("Terraform", kind: .infrastructure)), (".ipynb", .init("Jupyter,Python", kind: .dataPipeline)),
        (".sln", .init(".NET")),
        (".dockerfile", .init("Docker")), (".cabal", .init("Haskell")),
    ]

    /// The marker a path stands for: its name, or its place (`.github/workflows/*.yml`).
    static func marker(forPath parts: [String]) -> ProjectMarker? {
        guard let name = parts.last else { return nil }
        if parts.count == 3, parts[0] == ".github", parts[1] == "workflows",
            name.hasSuffix(".yml") || name.hasSuffix(".yaml")
        {
            return ProjectMarker("GitHub Actions")
        }
        if parts.count == 3, parts[0] == ".circleci", name == "config.yml" { return ProjectMarker("CircleCI") }
        if parts.count == 2, parts[0] == "supabase", name == "config.toml" { return ProjectMarker("Supabase") }
        if let marker = byName[name] { return marker }
        if let (_, marker) = byPrefix.first(where: { name.hasPrefix($0.0) && name.count > $0.0.count }) {
            return marker
        }
        return bySuffix.first { name.hasSuffix($0.0) && name.count > $0.0.count }?.1
    }
}
