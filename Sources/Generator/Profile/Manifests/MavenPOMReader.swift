/// `pom.xml`: the parent (Spring Boot's starter parent), dependencies with their scope, build
/// plugins, the Java or Kotlin version in properties, packaging and modules.
enum MavenPOMReader {
    static func read(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .mavenPOM)
        let xml = XMLTree(text)
        if let problem = xml.problem { manifest.problems.append(problem) }
        guard let project = xml.root.child("project") else {
            if xml.problem == nil { manifest.problems.append("no <project> element") }
            return manifest
        }
        manifest.name = project.value("artifactId")
        if let parent = project.child("parent") { add(parent, scope: .build, to: &manifest) }
        for dependency in project.child("dependencies")?.children ?? [] where dependency.name == "dependency" {
            let scope: DependencyScope =
                switch dependency.value("scope") {
                case "test": .development
                case "provided": .peer
                default: .runtime
                }
            add(dependency, scope: scope, to: &manifest)
        }
        for plugin in project.child("build")?.all("plugin") ?? [] { add(plugin, scope: .build, to: &manifest) }
        let properties = project.child("properties")
        let java =
            properties?.value("java.version") ?? properties?.value("maven.compiler.release")
            ?? properties?.value("maven.compiler.source")
        manifest.state("Java", java)
        let usesKotlin = manifest.dependencies.contains { $0.name.hasPrefix("org.jetbrains.kotlin:") }
        if usesKotlin || properties?.value("kotlin.version") != nil {
            manifest.state("Kotlin", properties?.value("kotlin.version"))
        }
        manifest.state("Maven")
        switch project.value("packaging") {
        case "war": manifest.hint(.webApp)
        case "maven-plugin": manifest.hint(.plugin)
        default: break
        }
        let modules = project.child("modules")?.children.filter { $0.name == "module" }.count ?? 0
        if modules > 0 { manifest.hint(.workspace(modules)) }
        return manifest
    }

    private static func add(_ element: XMLTree.Element, scope: DependencyScope, to manifest: inout Manifest) {
        guard let artifact = element.value("artifactId") else { return }
        let group = element.value("groupId") ?? "org.apache.maven.plugins"
        manifest.depend("\(group):\(artifact)", element.value("version"), scope: scope)
    }
}
