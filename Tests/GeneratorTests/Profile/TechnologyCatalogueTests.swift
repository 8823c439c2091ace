import Testing

@testable import Generator

/// The catalogue is data typed by hand; these checks keep a new line from breaking another.
struct TechnologyCatalogueTests {
    let catalogue = TechnologyCatalogue.standard

    @Test func everyNameIsUnique() {
        var seen: [String: Int] = [:]
        for technology in catalogue.technologies { seen[technology.name.lowercased(), default: 0] += 1 }
        #expect(
            seen.filter { $0.value > 1 }.isEmpty, "names listed twice: \(seen.filter { $0.value > 1 }.keys.sorted())")
    }

    @Test func noSpellingBelongsToTwoTechnologies() {
        var owners: [String: Set<String>] = [:]
        for technology in catalogue.technologies {
            for spelling in technology.spellings where spelling.rule != .displayOnly {
                owners[spelling.text.lowercased(), default: []].insert(technology.name)
            }
        }
        let shared = owners.filter { $0.value.count > 1 }
        #expect(shared.isEmpty, "spellings claimed twice: \(shared)")
    }

    @Test func everyImpliedTechnologyExists() {
        let missing = catalogue.technologies.flatMap { technology in
            technology.implies.filter { catalogue.technology(named: $0) == nil }.map { "\(technology.name) -> \($0)" }
        }
        #expect(missing.isEmpty, "implied names not in the catalogue: \(missing)")
    }

    @Test func servicesHaveACategoryAndOthersNone() {
        for technology in catalogue.technologies {
            #expect((technology.role == .service) == (technology.category != nil), "\(technology.name)")
        }
    }

    @Test func packagesAreWellFormed() {
        for technology in catalogue.technologies {
            for package in technology.packages {
                #expect(!package.name.isEmpty && !package.name.hasPrefix(" "), "\(technology.name): \(package)")
                if package.registry == .maven {
                    #expect(package.name.contains(":") || package.isPrefix, "\(technology.name): \(package.name)")
                }
            }
        }
    }

    @Test(arguments: [
        ("@nestjs/core", PackageRegistry.npm, "NestJS"), ("clap", .cargo, "clap"), ("Django", .pypi, "Django"),
        ("github.com/spf13/cobra", .go, "Cobra"),
        ("org.springframework.boot:spring-boot-starter-web", .maven, "Spring Boot"),
        ("Microsoft.EntityFrameworkCore.SqlServer", .nuget, "Entity Framework Core"),
        ("github.com/labstack/echo/v4", .go, "Echo"),
        ("@pulumi/digitalocean", .npm, "Pulumi"), ("ext-pgsql", .composer, "PostgreSQL"),
        ("pytest_django", .pypi, "pytest-django"),
        ("github.com/redis/go-redis/v9", .go, "Redis"), ("flutter_test", .pub, "flutter_test"),
        ("NGitLab", .nuget, "GitLab"),
    ])
    func packagesImplyTheirTechnology(_ name: String, _ registry: PackageRegistry, _ expected: String) {
        let found = catalogue.technologies(forPackage: name, in: registry).map(\.name)
        #expect(found.contains(expected), "\(name) gave \(found)")
    }

    @Test func aPackageCanImplySeveralTechnologies() {
        let found = Set(
            catalogue.technologies(forPackage: "Microsoft.EntityFrameworkCore.SqlServer", in: .nuget).map(\.name))
        #expect(found == ["Entity Framework Core", "Microsoft SQL Server"])
    }

    @Test func unknownPackagesImplyNothing() {
        #expect(catalogue.technologies(forPackage: "left-pad", in: .npm).isEmpty)
    }
}
