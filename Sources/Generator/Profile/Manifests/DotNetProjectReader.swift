/// `*.csproj`, `*.fsproj`, `*.vbproj`: the SDK, target frameworks, output type, UI frameworks
/// and package references. A test project's references count as development dependencies.
enum DotNetProjectReader {
    static func read(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .dotnetProject)
        let xml = XMLTree(text)
        if let problem = xml.problem { manifest.problems.append(problem) }
        guard let project = xml.root.child("Project") else {
            if xml.problem == nil { manifest.problems.append("no <Project> element") }
            return manifest
        }
        manifest.name = project.value("AssemblyName") ?? project.value("PackageId")
        let language = path.hasSuffix(".fsproj") ? "F#" : path.hasSuffix(".vbproj") ? "VB.NET" : "C#"
        manifest.state(language, project.value("LangVersion"))
        frameworks(project, into: &manifest)
        let sdk = project.attributes["Sdk"] ?? ""
        if sdk.hasSuffix(".Web") {
            manifest.state("ASP.NET Core")
            manifest.hint(.webApp)
        }
        if sdk.contains("Razor") || sdk.contains("BlazorWebAssembly") {
            manifest.state("Blazor")
            manifest.hint(.webApp)
        }
        if project.value("UseWPF") == "true" {
            manifest.state("WPF")
            manifest.hint(.desktopApp)
        }
        if project.value("UseWindowsForms") == "true" {
            manifest.state("WinForms")
            manifest.hint(.desktopApp)
        }
        if project.value("UseMaui") == "true" { manifest.state(".NET MAUI") }
        let output = project.value("OutputType")?.lowercased()
        if output == "exe" || output == "winexe" { manifest.hint(.executable) }
        if project.value("IsPackable") == "true" || project.value("PackageId") != nil { manifest.hint(.library) }
        let references = project.all("PackageReference")
        let isTest =
            project.value("IsTestProject") == "true"
            || references.contains { $0.attributes["Include"] == "Microsoft.NET.Test.Sdk" }
        if isTest { manifest.hint(.testProject) }
        for reference in references {
            guard let name = reference.attributes["Include"] ?? reference.attributes["Update"] else { continue }
            manifest.depend(
                name, reference.attributes["Version"] ?? reference.value("Version"),
                scope: isTest ? .development : .runtime)
        }
        return manifest
    }

    /// `net8.0` states .NET 8.0; `netstandard2.0` a library; `net8.0-android` and `net8.0-ios` their platforms.
    private static func frameworks(_ project: XMLTree.Element, into manifest: inout Manifest) {
        let value = project.value("TargetFramework") ?? project.value("TargetFrameworks") ?? ""
        for framework in value.split(separator: ";").map({ String($0).trimmed }) {
            let base = framework.split(separator: "-").first.map(String.init) ?? framework
            if base.hasPrefix("netstandard") {
                manifest.hint(.library)
                manifest.state(".NET", String(base.dropFirst("netstandard".count)))
            } else if base.hasPrefix("netcoreapp") {
                manifest.state(".NET", String(base.dropFirst("netcoreapp".count)))
            } else if base.hasPrefix("net") {
                manifest.state(".NET", String(base.dropFirst(3)))
            }
            if framework.hasSuffix("-android") { manifest.hint(.platform("Android")) }
            if framework.hasSuffix("-ios") { manifest.hint(.platform("iOS")) }
        }
    }
}
