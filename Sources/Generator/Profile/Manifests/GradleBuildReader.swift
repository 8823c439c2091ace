/// `build.gradle(.kts)` and `settings.gradle(.kts)`, read line by line: plugins (ids, `kotlin("jvm")`
/// and version-catalog aliases), dependency configurations, the JVM toolchain and included modules.
enum GradleBuildReader {
    /// Plugin ids (or their catalog alias forms, dots for dashes) and what they state.
    private static let plugins: [(id: String, technology: String, hint: ManifestHint?)] = [
        ("com.android.application", "Android", .androidApp), ("android.application", "Android", .androidApp),
        ("com.android.library", "Android", .androidLibrary), ("android.library", "Android", .androidLibrary),
        ("org.jetbrains.kotlin.plugin.compose", "Jetpack Compose", nil), ("kotlin.compose", "Jetpack Compose", nil),
        ("org.jetbrains.compose", "Compose Multiplatform", nil),
        ("org.jetbrains.kotlin.multiplatform", "Kotlin Multiplatform", nil),
        ("kotlin.multiplatform", "Kotlin Multiplatform", nil),
        ("org.jetbrains.kotlin", "Kotlin", nil), ("kotlin.android", "Kotlin", nil), ("kotlin.jvm", "Kotlin", nil),
        ("kotlin", "Kotlin", nil),
        ("org.springframework.boot", "Spring Boot", nil), ("spring.boot", "Spring Boot", nil),
        ("io.ktor.plugin", "Ktor", nil),
        ("com.google.dagger.hilt.android", "Hilt", nil), ("application", "Gradle", .executable),
        ("java-library", "Java", .library),
        ("org.openjfx.javafxplugin", "JavaFX", .desktopApp), ("war", "Java", .webApp),
    ]

    private static let configurations: [(String, DependencyScope)] = [
        ("testImplementation", .development), ("androidTestImplementation", .development),
        ("testRuntimeOnly", .development),
        ("debugImplementation", .development), ("kapt", .build), ("ksp", .build), ("annotationProcessor", .build),
        ("compileOnly", .peer), ("implementation", .runtime), ("api", .runtime), ("runtimeOnly", .runtime),
    ]

    static func read(_ text: String, path: String) -> Manifest {
        var manifest = Manifest(path: path, format: .gradle)
        var modules = 0
        for raw in normalizedLines(text) {
            let line = raw.trimmed
            if line.hasPrefix("//") || line.hasPrefix("*") || line.hasPrefix("/*") { continue }
            plugin(in: line, into: &manifest)
            dependency(in: line, into: &manifest)
            if line.hasPrefix("include(") || line.hasPrefix("include ") { modules += line.split(separator: ",").count }
            if line.hasPrefix("rootProject.name") { manifest.name = firstQuoted(line) }
            if let toolchain = line.firstRange(of: "jvmToolchain(") {
                manifest.state("JVM", String(line[toolchain.upperBound...].prefix { $0.isNumber }))
            }
            if line.hasPrefix("android {") || line == "android{" { manifest.state("Android") }
            if line.replacingAll(" ", with: "") == "compose=true" { manifest.state("Jetpack Compose") }
        }
        if modules > 1 { manifest.hint(.workspace(modules)) }
        if !manifest.stated.contains(where: { $0.name == "Kotlin" }),
            path.hasPrefix("build.gradle") || path.contains("/build.gradle")
        {
            if manifest.stated.contains(where: { $0.name == "Android" || $0.name == "Spring Boot" })
                || !manifest.dependencies.isEmpty
            {
                manifest.state("Java")
            }
        }
        manifest.state("Gradle")
        return manifest
    }

    /// `id("com.android.application")`, `id 'x' version '1'`, `kotlin("jvm") version "2.0.0"`,
    /// `alias(libs.plugins.kotlin.android)`, `apply plugin: 'x'`, `` `java-library` ``.
    private static func plugin(in line: String, into manifest: inout Manifest) {
        var id: String?
        if line.hasPrefix("id(") || line.hasPrefix("id ") || line.hasPrefix("apply plugin") {
            id = firstQuoted(line)
        } else if line.hasPrefix("kotlin(") {
            id = firstQuoted(line).map { "kotlin.\($0)" }
        } else if line.hasPrefix("alias(libs.plugins.") {
            id = String(line.dropFirst("alias(libs.plugins.".count).prefix { $0 != ")" }).replacingAll("-", with: ".")
        } else if ["application", "`java-library`", "java-library", "war"].contains(line) {
            id = line.replacingAll("`", with: "")
        }
        guard let id, let known = plugins.first(where: { id == $0.id || id.hasPrefix($0.id + ".") }) else { return }
        let version = line.firstRange(of: "version").flatMap { firstQuoted(String(line[$0.upperBound...])) }
        manifest.state(known.technology, known.technology == "Kotlin" ? version : nil)
        if let hint = known.hint { manifest.hint(hint) }
    }

    /// `implementation("group:artifact:1.0")`, `testImplementation 'g:a:v'`, `implementation(libs.androidx.core.ktx)`.
    private static func dependency(in line: String, into manifest: inout Manifest) {
        guard
            let (configuration, scope) = configurations.first(where: {
                line.hasPrefix($0.0 + "(") || line.hasPrefix($0.0 + " ")
            })
        else { return }
        let argument = line.dropFirst(configuration.count).drop { $0 == "(" || $0 == " " }
        if let coordinate = firstQuoted(String(argument)) {
            let parts = coordinate.split(separator: ":").map(String.init)
            guard parts.count >= 2 else { return }
            manifest.depend("\(parts[0]):\(parts[1])", parts.count > 2 ? parts[2] : nil, scope: scope)
        } else if argument.hasPrefix("libs.") {
            // A version-catalog alias: `libs.androidx.core.ktx` is read as group `androidx.core`, artifact `ktx`.
            let segments = argument.dropFirst(5).prefix { $0 != ")" && $0 != " " }.split(separator: ".").map(
                String.init)
            guard let first = segments.first else { return }
            let group = segments.count > 2 ? segments[0...1].joined(separator: ".") : first
            let artifact = segments.count > 2 ? segments[2...].joined(separator: "-") : segments[segments.count - 1]
            manifest.depend("\(group):\(artifact)", scope: scope)
        }
    }

    private static func firstQuoted(_ text: String) -> String? {
        guard let open = text.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
        let quote = text[open]
        let body = text[text.index(after: open)...]
        guard let close = body.firstIndex(of: quote) else { return nil }
        return String(body[..<close])
    }
}
