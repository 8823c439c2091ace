/// What every project of one ecosystem has in common, for the tasks and dependencies of a plan:
/// where its packages come from, how its API is documented, how its dependencies are audited,
/// the test tool it has when nothing names one, and how it calls a web API.
///
/// Tools are named as the catalogue names them where the catalogue has them, so that their
/// packages come from there; the rest are commands or built-ins with nothing to install.
struct EcosystemConventions {
    /// Where the ecosystem's packages are published; nil when it has no common registry (C, C++).
    let registry: PackageRegistry?
    /// How the public API is documented: "rustdoc comments".
    let apiDocs: String
    /// The command that checks dependencies for known vulnerabilities; nil when there is none.
    let audit: String?
    /// The catalogue's name of the test tool a project has when nothing names one.
    let defaultTest: String?
    /// The catalogue's name of a web API client to add, or nil when the standard library has one.
    let httpClient: String?
    /// The standard library's web API client: "net/http".
    let builtInHTTP: String?

    static func of(_ ecosystem: Ecosystem) -> EcosystemConventions {
        switch ecosystem {
        case .javascript:
            EcosystemConventions(
                registry: .npm, apiDocs: "TSDoc comments", audit: "npm audit", defaultTest: "Vitest", httpClient: nil,
                builtInHTTP: "fetch")
        case .python:
            EcosystemConventions(
                registry: .pypi, apiDocs: "docstrings", audit: "pip-audit", defaultTest: "pytest", httpClient: "HTTPX",
                builtInHTTP: nil)
        case .go:
            EcosystemConventions(
                registry: .go, apiDocs: "Go doc comments", audit: "govulncheck", defaultTest: "go test",
                httpClient: nil, builtInHTTP: "net/http")
        case .rust:
            EcosystemConventions(
                registry: .cargo, apiDocs: "rustdoc comments", audit: "cargo audit", defaultTest: "cargo test",
                httpClient: "reqwest", builtInHTTP: nil)
        case .jvm:
            EcosystemConventions(
                registry: .maven, apiDocs: "KDoc or Javadoc comments", audit: "OWASP Dependency-Check",
                defaultTest: "JUnit",
                httpClient: "OkHttp", builtInHTTP: nil)
        case .swift:
            EcosystemConventions(
                registry: .swiftpm, apiDocs: "DocC comments", audit: nil, defaultTest: "XCTest", httpClient: nil,
                builtInHTTP: "URLSession")
        case .dotnet:
            EcosystemConventions(
                registry: .nuget, apiDocs: "XML documentation comments", audit: "dotnet list package --vulnerable",
                defaultTest: "xUnit",
                httpClient: nil, builtInHTTP: "HttpClient")
        case .ruby:
            EcosystemConventions(
                registry: .rubygems, apiDocs: "YARD comments", audit: "bundler-audit", defaultTest: "RSpec",
                httpClient: nil, builtInHTTP: "Net::HTTP")
        case .php:
            EcosystemConventions(
                registry: .composer, apiDocs: "PHPDoc comments", audit: "composer audit", defaultTest: "PHPUnit",
                httpClient: "Guzzle", builtInHTTP: nil)
        case .dart:
            EcosystemConventions(
                registry: .pub, apiDocs: "dartdoc comments", audit: nil, defaultTest: "dart test", httpClient: "Dio",
                builtInHTTP: nil)
        case .cpp:
            EcosystemConventions(
                registry: nil, apiDocs: "Doxygen comments", audit: nil, defaultTest: "GoogleTest", httpClient: nil,
                builtInHTTP: nil)
        case .embedded:
            EcosystemConventions(
                registry: .platformio, apiDocs: "Doxygen comments", audit: nil, defaultTest: "PlatformIO Unit Testing",
                httpClient: nil, builtInHTTP: nil)
        case .any:
            EcosystemConventions(
                registry: nil, apiDocs: "doc comments", audit: nil, defaultTest: nil, httpClient: nil, builtInHTTP: nil)
        }
    }
}
