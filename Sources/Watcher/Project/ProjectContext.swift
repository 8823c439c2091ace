import Generator

/// What a plan is generated from besides its own spec: read once per project and run, and
/// again in part when a source changes (the constitution, a manifest, `.plansync.json`, another
/// feature's Spec Kit plan).
struct ProjectContext: Sendable {
    /// Parsed once per read of constitution.md, not once per spec.
    var constitution: Constitution?
    /// constitution.md's text when it is a filled-in constitution: a source of the profile.
    var constitutionText: String?
    var siblings: [SiblingSpec] { didSet { siblingsHash = PlanInputs.siblingsHash(siblings) } }
    /// Computed when the siblings change, not once per plan.
    var siblingsHash = PlanInputs.siblingsHash([])
    /// Set when the constitution exists but cannot be read (or is a directory, a FIFO, a link out of
    /// the project): no plan of the project is written then, since every one of them would
    /// silently lose the constitution's rules.
    var constitutionError: String?
    /// The project's files, confined to its root (whose real path is resolved once, here).
    var files: ProjectFiles
    /// Folders under specs/ that are not served (a name that is not UTF-8, a link out of the root),
    /// found by the last listing: reported once by whoever read the context.
    var folderProblems: [SpecFolderProblem] = []
    /// What the last walk of the root found: manifests, markers, Spec Kit plans, `.plansync.json`.
    var found = ProfileSourceReader.Found()
    /// What the project is built with and what kind of project it is (see `ProjectProfile`).
    var profile = ProjectProfile.read(ProfileSources())
    /// `PlanInputs.profileHash(profile)`, computed once per read.
    var profileHash = ""
    /// The options of this project's plans: config.json's, with `.plansync.json`'s over them.
    var options = PlanOptions()

    static func read(_ project: SpecProject, config: Config) -> ProjectContext {
        var context = ProjectContext(
            constitution: nil, siblings: [], constitutionError: nil, files: ProjectFiles(root: project.root))
        let scan = project.scanSpecFolders(context.files)
        context.folderProblems = scan.problems
        // Opened once: the titles of the folders in it are read relative to it, no folder opened each.
        let specs = try? context.files.folder(project.specsFolder)
        context.siblings = scan.folders.map { folder in
            let text: ProjectFiles.File?? =
                if let specs, !scan.linked.contains(folder) {
                    try? specs.readText(folder + "/spec.md", limit: config.maxSpecBytes)
                } else {
                    try? context.files.readText(
                        Path.join(project.folderPath(folder), "spec.md"), limit: config.maxSpecBytes)
                }
            return SiblingSpec(folder: folder, title: SpecTitle.of(spec: text??.text ?? "", folder: folder))
        }
        context.found = ProfileSourceReader(project: project, files: context.files).read(specFolders: scan.folders)
        context.readConstitution(of: project, config: config)
        return context
    }

    /// Reads constitution.md again (it changed), leaving the sibling titles as they are; the
    /// profile follows, since the constitution is one of its sources.
    mutating func readConstitution(of project: SpecProject, config: Config) {
        constitution = nil
        constitutionText = nil
        constitutionError = nil
        if let path = project.constitutionPath {
            do {
                if let text = try files.readText(path, limit: config.maxSpecBytes)?.text,
                    let parsed = ConstitutionParser.parse(text)
                {
                    constitution = parsed
                    constitutionText = text
                }
            } catch {
                constitutionError = "\(error)"
            }
        }
        updateProfile(config: config)
    }

    /// Walks the root again for the profile's sources (a manifest, `.plansync.json` or a Spec Kit
    /// plan changed); returns whether the profile changed.
    @discardableResult
    mutating func readProfileSources(of project: SpecProject, config: Config) -> Bool {
        let before = profileHash
        found = ProfileSourceReader(project: project, files: files).read(specFolders: siblings.map(\.folder))
        updateProfile(config: config)
        return profileHash != before
    }

    /// The profile and options from what was last read and the config (which a reload may have
    /// changed); returns whether the profile changed.
    @discardableResult
    mutating func updateProfile(config: Config) -> Bool {
        let before = profileHash
        var sources = found.sources
        sources.projectSettingsStack = found.settings?.stack
        sources.configStack = config.stack
        sources.constitution = constitutionText
        profile = ProjectProfile.read(sources)
        profileHash = PlanInputs.profileHash(profile)
        options = PlanOptions(
            estimates: (found.settings?.estimates ?? EstimateSettings()).applied(to: config.options.estimates),
            language: found.settings?.language.map(\.language) ?? config.options.language)
        return profileHash != before
    }

    /// Sources that could not be read, or only in part (each with its reason), to report.
    var profileProblems: [SourceProblem] { profile.problems }
}
