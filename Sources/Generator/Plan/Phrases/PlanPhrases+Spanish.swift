extension PlanPhrases {
    /// Neutral Spanish, in a tech lead's short imperative task lines.
    static let spanish = PlanPhrases(
        list: { items in
            guard let last = items.last else { return "" }
            return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " y " + last
        },
        onRuntime: { "\($0) sobre \($1)" },
        unnamedLanguage: "el lenguaje del proyecto (ninguna fuente lo nombra)",
        coverage: { stories, requirements in
            let parts = [
                stories == 0 ? nil : Prose.count(stories, "historia de usuario", "historias de usuario"),
                requirements == 0 ? nil : Prose.count(requirements, "requisito funcional", "requisitos funcionales"),
            ].compactMap { $0 }
            return "Abarca \(parts.joined(separator: " y "))."
        },
        moreEntities: { "\($0) entidades más" },
        undescribedSpec:
            "spec.md aún no describe la funcionalidad: no tiene descripción **Input**, resumen, historia de usuario ni requisitos.",
        foundationPhase: "Base y configuración", testingPhase: "Pruebas", documentationPhase: "Documentación",
        crossCuttingPhase: "Requisitos transversales", corePhase: "Funcionalidad principal",
        definitionPhase: "Definición de la funcionalidad",
        definitionTask:
            "Escribir en spec.md las historias de usuario, los requisitos funcionales y los criterios de éxito; este plan se actualiza al guardar",
        requirementsPhase: "Requisitos",
        nature: { nature in
            switch nature {
            case .security: "Seguridad"
            case .performance: "Rendimiento"
            case .reliability: "Fiabilidad"
            case .observability: "Observabilidad"
            }
        },
        scenario: "Escenario: ", edgeCase: "Caso límite: ", constitution: "Constitución: ", implement: "Implementar: ",
        acceptance: "Aceptación: ", securityRule: "Aplicar la regla de seguridad de la constitución: ",
        foundation: spanishFoundation,
        security: { form, services, audit in
            let focus =
                switch form {
                case .server: "validar toda entrada en el límite de la API y mantener los secretos en el entorno"
                case .browser: "sanear lo que escriben los usuarios antes de mostrarlo"
                case .commandLine: "validar argumentos y archivos de entrada antes de actuar"
                case .library: "validar las entradas en la API pública (sin fallos ante entradas mal formadas)"
                case .mobile: "pedir solo los permisos necesarios y mantener los datos personales en el dispositivo"
                case .desktop: "validar los archivos y entradas que lee la aplicación"
                case .embedded: "validar cada mensaje y entrada que recibe el firmware antes de actuar"
                case .pipeline: "validar los datos de entrada contra su esquema"
                case .infrastructure: "mantener los secretos en el almacén de secretos, con el mínimo privilegio"
                case .game: "validar los recursos y scripts que carga el motor"
                case .other: "validar las entradas"
                }
            return "Seguridad: \(focus), sin tokens ni credenciales en el código, los registros ni la salida"
                + (audit.map { "; revisar las dependencias nuevas con `\($0)`" } ?? "")
        },
        roles: "Definir roles y permisos (RBAC) para las operaciones de la funcionalidad",
        otherEdgeCases: { "Los otros \($0) casos límite de la especificación" },
        authorizationTests: "Pruebas de autorización: cada rol puede hacer exactamente lo que le está permitido",
        requirementTests: { count, tools in
            "Pruebas unitarias y de integración\(tools.map { " (\($0))" } ?? "") para cada uno de los \(count) requisitos funcionales"
        },
        acceptanceTests: { form, count, tools in
            let scenarios = count == 1 ? "el escenario de aceptación" : "los \(count) escenarios de aceptación"
            let tools = tools.map { " (\($0))" } ?? ""
            return switch form {
            case .browser(let tool): "Pruebas de extremo a extremo (\(tool)) para \(scenarios)"
            case .builtCommand: "Pruebas de aceptación que ejecutan el comando compilado para \(scenarios)\(tools)"
            case .publicAPI: "Pruebas a través de la API pública para \(scenarios)"
            case .device: "Pruebas de interfaz en dispositivo o emulador\(tools) para \(scenarios)"
            case .hardware: "Verificar \(scenarios) en el hardware real, con la lógica probada fuera del dispositivo"
            case .preview: "Verificar \(scenarios) en un entorno de prueba antes de producción"
            case .plain: "Pruebas de aceptación para \(scenarios)"
            }
        },
        performanceChecks: { ids, benchmark in
            "Pruebas de rendimiento según \(ids.joined(separator: ", "))\(benchmark.map { " (\($0))" } ?? "")"
        },
        testFirst: { ci in
            "Escribir cada prueba antes del código que cubre y mantener la suite en verde en CI"
                + (ci.map { " (\($0))" } ?? "")
        },
        userDocumentation: { kind, title, apiDocs in
            switch kind {
            case .library?: "Documentar la API pública de \(title) (\(apiDocs)) con un ejemplo de uso"
            case .commandLineTool?: "Actualizar la ayuda del comando y el uso en el README para \(title)"
            case .embedded?: "Documentar el cableado, los ajustes y cómo grabar el firmware de \(title)"
            case .infrastructure?:
                "Documentar el runbook de \(title): qué se aprovisiona, dónde están los secretos, cómo desplegar y revertir"
            default: "Actualizar el README y la documentación de usuario de \(title)"
            }
        },
        userFlows: { "Documentar los flujos de usuario: \($0)" },
        apiDocumentation: { "Documentar los nuevos endpoints de la API\($0 ? " en la descripción OpenAPI" : "")" },
        configurationDocumentation:
            "Documentar la nueva configuración: ajustes, opciones y variables de entorno, con sus valores por defecto",
        changelog: "Añadir una entrada al registro de cambios",
        architecture: spanishArchitecture,
        kind: { kind in
            switch kind {
            case .webApplication: "aplicación web"
            case .apiService: "servicio de API"
            case .commandLineTool: "herramienta de línea de comandos"
            case .library: "biblioteca"
            case .mobileApp: "aplicación móvil"
            case .desktopApp: "aplicación de escritorio"
            case .embedded: "firmware embebido"
            case .dataPipeline: "pipeline de datos"
            case .infrastructure: "infraestructura"
            case .game: "juego"
            }
        },
        purpose: spanishPurpose,
        origin: { origin in
            switch origin {
            case .toAdd: "por añadir"
            case .namedInSpec: "citado en la especificación"
            case .assumedDefault: "stack por defecto supuesto"
            case .standardLibrary: "biblioteca estándar"
            case .usualTestTool(let language): "la habitual en \(language ?? "el stack"): el proyecto no nombra ninguna"
            case .source(let source): source
            }
        },
        assumption: "Supuesto: ", noInternalDependencies: "Ninguna indicada en la especificación",
        noFeatureDependencies: "Ninguna")

    private static func spanishFoundation(_ task: FoundationTask) -> String {
        switch task {
        case .serviceModule(let title, let framework, let code):
            "Configurar el módulo \(framework) (\(code)) de \(title) con configuración y logs estructurados"
        case .applicationModules(let title, let app, let code):
            "Configurar los módulos de \(title) en la aplicación \(app) (\(code))"
        case .commandLine(let title, let code, let commands):
            "Configurar el código de \(title) en \(code) y conectarlo a \(commands.map { "los comandos de \($0)" } ?? "la línea de comandos"), con códigos de salida claros"
        case .library(let title, let code):
            "Configurar el módulo de biblioteca de \(title) en \(code): tipos públicos, errores y documentación"
        case .appModule(let title, let code, _, let toolkit):
            "Configurar el módulo de \(title) en \(code)\(toolkit.map { " (\($0))" } ?? ""): estado, navegación y configuración"
        case .firmware(let title, let code, let device):
            "Configurar el módulo de firmware de \(title) en \(code)\(device.map { " sobre \($0)" } ?? ""): pines, tiempos y memoria"
        case .pipeline(let title, let code):
            "Configurar la etapa del pipeline de \(title) en \(code): entradas, salidas y configuración"
        case .infrastructure(let title, let tool):
            "Configurar las definiciones \(tool ?? "de infraestructura") de \(title), con configuración por entorno"
        case .engine(let title, let code): "Configurar el subsistema del motor para \(title) en \(code)"
        case .modules(let title, let code): "Configurar los módulos \(code) de \(title)"
        case .storage(let style, let database, let what, _, let using):
            spanishStorage(style, database: database, what: what ?? "los datos de la funcionalidad", using: using)
        case .screens(let title, let toolkit), .windows(let title, let toolkit), .components(let title, let toolkit):
            "Crear la estructura de vistas \(toolkit) de \(title)"
        case .routes(let toolkit): "Crear las rutas \(toolkit) y los componentes compartidos"
        case .serviceAccess(let kind, let service):
            kind == .library
                ? "Definir el cliente de \(service) tras una interfaz, con credenciales del llamador y un doble para pruebas"
                : "Configurar la integración con \(service): credenciales fuera del repositorio y un sandbox o doble para pruebas"
        }
    }

    private static func spanishStorage(_ style: StorageStyle?, database: String, what: String, using: String?) -> String
    {
        let using = using.map { " (\($0))" } ?? ""
        return switch style {
        case nil: "Definir los tipos de datos de \(what) y sus invariantes"
        case .relational?: "Crear el esquema y las migraciones de \(database)\(using) para \(what)"
        case .document?: "Definir las colecciones e índices de \(database)\(using) para \(what)"
        case .keyValue?: "Definir cómo se guardan \(what) en \(database): claves, formato y versión"
        }
    }

    private static func spanishArchitecture(_ line: ArchitectureLine) -> String {
        switch line {
        case .service(let stack, let subject): "servicio \(stack) que implementa \(subject)"
        case .serverSide(let framework, let code, let subject):
            "lado servidor de \(framework) (\(code)) que implementa \(subject)"
        case .unnamedServer(let code, let subject):
            "servidor \(code) que implementa \(subject); ninguna fuente nombra su framework"
        case .runsElsewhere(let kind, let device, let subject, let code, _):
            "ninguno (\(spanish.kind(kind))\(device.map { ", \($0)" } ?? "")): \(subject) en \(code), \(kind == .webApplication ? "en el navegador" : kind == .desktopApp ? "en el equipo del usuario" : "en el dispositivo")"
        case .commandLine(let code, let libraries, let subject):
            "herramienta de línea de comandos en \(code)\(libraries.map { " (\($0))" } ?? "") que implementa \(subject); sin servidor"
        case .library(let code, let framework, let subject):
            "biblioteca \(code)\(framework.map { " para \($0)" } ?? ""), sin servicio propio: \(subject) en su API pública"
        case .pipeline(let code, let libraries, let subject):
            "pipeline de datos en \(code)\(libraries.map { " (\($0))" } ?? "") que implementa \(subject)"
        case .game(let subject, let code, let libraries):
            "ninguno (juego en la máquina del jugador): \(subject) en \(code)\(libraries.map { " con \($0)" } ?? "")"
        case .infrastructure(let tools, let hosting, let subject, let deployed):
            "\(tools ?? "definiciones de infraestructura")\(hosting.map { " en \($0)" } ?? "") para \(subject)\(deployed.map { "; el servicio que despliega: \($0)" } ?? "")"
        case .implementing(let stack, let subject): "\(stack) que implementa \(subject)"
        case .theFeaturesOperations: "las operaciones de la funcionalidad"
        case .theFeaturesStoredData: "los datos que guarda la funcionalidad"
        case .provisionedDatabase(let databases):
            "\(databases), en la infraestructura: la funcionalidad la aprovisiona y configura, sin esquema propio"
        case .connectedDatabase(let databases, let cache):
            "\(databases), accedida por la biblioteca: sin esquema propio\(cache.map { "; \($0) como caché" } ?? "")"
        case .database(let databases, let what, let cache):
            "\(databases) para \(what)\(cache.map { "; \($0) como caché" } ?? "")"
        case .noNewStorage(let databases):
            "sin almacenamiento nuevo: la funcionalidad no guarda datos propios (el proyecto usa \(databases))"
        case .storesNothing: "ninguna: la funcionalidad no guarda datos"
        case .noneNamed: "ninguno indicado en el stack del proyecto"
        case .noDatabaseOfItsOwn(let kind): "ninguna (\(spanish.kind(kind)) sin base de datos propia)"
        case .storageNotChosen(let what):
            "sin elegir: la funcionalidad guarda \(what) y ninguna fuente nombra el almacenamiento; decidirlo antes de la fase 1"
        case .noInterface(let kind):
            kind.map { "ninguno (\(spanish.kind($0)))" } ?? "ninguno indicado en el stack del proyecto"
        case .interfaceUnchanged(let toolkit):
            "sin cambios: la funcionalidad no tiene interfaz propia\(toolkit.map { " (\($0))" } ?? "")"
        case .theProjectsInterface: "la interfaz del proyecto"
        case .views(let toolkit, let noun, let flows):
            "\(noun == .screens ? "pantallas" : noun == .scenes ? "escenas" : "vistas") \(toolkit)\(flows.map { " para: \($0)" } ?? " para los flujos de usuario")"
        case .noServices: "ninguno en el alcance de la especificación"
        }
    }

    private static func spanishPurpose(_ purpose: DependencyPurpose) -> String {
        switch purpose {
        case .commands: "comandos, opciones y ayuda"
        case .pluggedFramework: "el framework al que se integra la biblioteca"
        case .hardwareLibrary(let name): "biblioteca de hardware de \(name)"
        case .driver(let name): "controlador de \(name)"
        case .infrastructure: "infraestructura como código y despliegue"
        case .engine: "renderizado, entrada o scripting del motor"
        case .dataProcessing: "procesamiento de datos"
        case .apiFramework: "framework de API"
        case .serverFramework: "framework de servidor"
        case .pagesAndServer: "páginas y código de servidor"
        case .userInterface: "interfaz de usuario"
        case .screens: "pantallas"
        case .dataAccess: "acceso a datos y migraciones"
        case .client(let name): "cliente de \(name)"
        case .cacheClient(let name): "cliente de \(name) para caché"
        case .serviceClient(let name): "cliente de la API de \(name)"
        case .webCalls(let services): "llamadas a la API de \(spanish.list(services))"
        case .authentication, .roleGuards: "autenticación y control de roles"
        case .tests(let purpose):
            switch purpose {
            case .unit: "pruebas unitarias y de integración"
            case .endToEnd: "pruebas de extremo a extremo de los flujos de usuario"
            case .component: "pruebas de componentes"
            case .assertions: "aserciones de prueba"
            case .doubles: "dobles de prueba"
            case .properties: "pruebas basadas en propiedades"
            case .snapshots: "pruebas de instantánea de la salida"
            case .benchmarks: "benchmarks de los objetivos medidos"
            case .device: "pruebas en dispositivo o emulador"
            }
        }
    }
}
