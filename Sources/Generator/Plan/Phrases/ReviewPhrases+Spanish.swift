extension ReviewPhrases {
    /// Neutral Spanish.
    static let spanish = ReviewPhrases(
        phase: { "la Fase \($0.number) (\($0.name))" }, risk: spanishRisk,
        criterion: { text in
            switch text {
            case .gate(let rule): "Requisito de la constitución: \(rule)"
            case .principle(let name): "Se respeta el principio de la constitución: \(name) (no negociable)"
            case .outcome(let label, let sentence): "\(label): \(sentence)"
            case .defaultGate: "Cada requisito funcional tiene una prueba automatizada que pasa"
            case .scenariosPass(let label, let count):
                "\(label): \(count == 1 ? "pasa su escenario de aceptación" : "pasan sus \(count) escenarios de aceptación")"
            case .groupMet(let group, let cited, let count):
                "\(group)\(cited): \(Prose.count(count, "requisito cumplido", "requisitos cumplidos")), cada uno con una prueba que pasa"
            case .allMet(let count, let cited):
                "Los \(count) requisitos\(cited) se cumplen, cada uno con una prueba que pasa"
            }
        },
        component: { text in
            switch text {
            case .noneNamed: "Ninguno nombrado"
            case .noneNamedPurpose:
                "spec.md no nombra entidades clave, servicios ni interfaces; las fases siguen sus historias y requisitos"
            case .namedBySpec: "nombrado en la especificación"
            case .keyEntity: "entidad clave de la especificación"
            }
        },
        note: spanishNote,
        provenance: ProvenanceWords(
            aspect: { aspect in
                switch aspect {
                case .language: "Lenguaje"
                case .runtime: "Entorno de ejecución"
                case .backend: "Backend"
                case .frontend: "Frontend"
                case .mobile: "Móvil"
                case .desktop: "Escritorio"
                case .embedded: "Embebido"
                case .storage: "Almacenamiento"
                case .cache: "Caché"
                case .queue: "Cola"
                case .libraries: "Bibliotecas"
                case .tests: "Pruebas"
                case .build: "Compilación"
                case .ciCd: "CI/CD"
                case .hosting: "Alojamiento"
                case .infrastructure: "Infraestructura"
                case .services: "Servicios"
                case .platforms: "Plataformas"
                case .kind: "Tipo"
                }
            },
            source: { source in
                switch source {
                case .config: "configuración"
                case .constitution: "constitución"
                case .spec: "especificación"
                case .specKitPlan(let path): "plan de \(ProfileSource.featureFolder(path))"
                case .assumedDefault: "supuesto por defecto"
                default: source.description
                }
            },
            kind: { PlanPhrases.spanish.kind($0) }, none: { "ninguno (\($0))" }, more: { " y \($0) más" },
            per: { "\($0) según \($1)" }, also: { "; también \($0.joined(separator: ", "))" }, separator: "; ",
            comma: ", ", colon: ": ", cited: { " (\($0))" }, lowerCaseAfterFirst: true))

    private static func label(_ phase: PhaseLocator.Located) -> String { spanish.phase(phase) }
    private static func cited(_ ids: [String]) -> String { ids.isEmpty ? "" : " (\(list(ids)))" }
    private static func list(_ items: [String]) -> String { PlanPhrases.spanish.list(items) }

    private static func spanishRisk(_ text: RiskText) -> String {
        switch text {
        case .noRisks:
            "La especificación no presenta riesgos significativos más allá de la entrega habitual: no tiene preguntas abiertas, objetivos difíciles, migraciones, servicios externos, datos personales ni secretos."
        case .oneRisk: "La especificación no presenta otros riesgos significativos aparte del siguiente."
        case .question(let question): "Pregunta abierta: \(question)"
        case .answer(let phase):
            "Responderla en spec.md (decidir antes de \(phase.map(label) ?? "empezar la implementación")), por ejemplo con /speckit.clarify; este plan sigue la respuesta."
        case .unmitigated:
            "La especificación nombra este riesgo sin mitigación: definir una antes de la fase a la que afecta."
        case .dataMigration(let quoted, let also):
            "Migración de datos: " + quoted + (also.isEmpty ? "" : " (también \(list(also)))")
        case .migrationPlan(let foundation, let phase):
            "Escribir la migración \(foundation.map { "en \(label($0))" } ?? "antes de las fases de la funcionalidad") para que avance y retroceda sobre una copia de datos reales, con copia de seguridad y ensayo previo, antes de que \(phase.map(label) ?? "la funcionalidad") dependa de la nueva estructura; hacerla idempotente para poder repetir una ejecución fallida."
        case .replacement(let quoted, let also):
            "Reemplazo de lo existente: " + quoted + (also.isEmpty ? "" : " (también \(list(also)))")
        case .keepOldPath(let phase, let documentation):
            "Mantener el camino anterior junto al nuevo hasta terminar \(phase.map(label) ?? "la funcionalidad"), con pruebas de que sus llamadores siguen funcionando; explicar a los usuarios qué cambia en un aviso de obsolescencia\(documentation.map { " y en \(label($0)) (registro de cambios, notas de actualización)" } ?? "")."
        case .personalData(let kinds, let ids): "Datos personales: \(list(kinds.map(spanishKind)))" + cited(ids)
        case .personalCare(let place, let foundation, let phase, let payments, let testing):
            spanishPersonalCare(place, foundation: foundation, phase: phase, payments: payments, testing: testing)
        case .unauthorizedAccess: "Acceso no autorizado por falta de una verificación de rol o permiso"
        case .checkRoles(let foundation, let testing, let ids, let rule):
            Prose.asSentence(
                "Verificar los roles en el servidor en cada operación que lee o modifica datos"
                    + (foundation.map { ", en un único lugar preparado en \(label($0))" } ?? "")
                    + ", y cubrir cada rol con pruebas de autorización" + (testing.map { " en \(label($0))" } ?? "")
                    + cited(ids) + (rule.map { "; constitución: \($0)" } ?? ""))
        case .deviceSecrets(let ids): "Tokens y secretos guardados en el dispositivo" + cited(ids)
        case .keystore(let testing):
            "Guardarlos en el almacén de claves de la plataforma (Android Keystore, iOS Keychain), nunca en preferencias, archivos ni registros, y borrarlos al cerrar sesión\(noOutput(testing))."
        case .leakingSecrets(let commandLine, let ids):
            "Fuga de tokens y secretos por \(commandLine ? "archivos de configuración, el historial de la shell" : "archivos de configuración") y registros"
                + cited(ids)
        case .secretsFromEnvironment(let phase, let testing):
            "Leerlos del entorno o del llavero del sistema desde \(phase.map(label) ?? "el inicio"), nunca de un archivo versionado con el proyecto; ocultarlos en registros, errores y salida detallada\(noOutput(testing))."
        case .radio(let ids):
            "Acceso físico y enlace de radio o de actualización: cualquiera dentro del alcance o con el dispositivo en la mano puede enviar órdenes"
                + cited(ids)
        case .pairing(let phase):
            "Emparejar emisor y receptor con un id o una clave en \(phase.map(label) ?? "la primera fase") e ignorar las tramas de otros; bloquear el bootloader y los fusibles en las versiones de lanzamiento y aceptar solo actualizaciones de firmware firmadas."
        case .service(let name, let role):
            switch role {
            case .ciCd: "\(name): caídas, cuotas y los secretos que guarda"
            case .hosting: "\(name): cuotas, credenciales y costo"
            case .service: "\(name): caídas, límites de uso, credenciales y costo"
            }
        case .serviceCare(let name, let role, let foundation, let user):
            spanishServiceCare(name, role, foundation: foundation.map { " en \(label($0))" } ?? "", user: user)
        case .services(let names): "Servicios externos (\(list(names))): caídas, límites de uso, credenciales y costo"
        case .servicesCare(let called, let foundation):
            called
                ? "Poner cada servicio detrás de un adaptador con tiempos de espera, reintentos y un doble para pruebas\(foundation.map { " en \(label($0))" } ?? ""); guardar cada credencial en el entorno o en un almacén de secretos, revisar los límites de uso y precios de cada uno y decidir qué hace la funcionalidad cuando uno no responde."
                : "Dar a cada token el mínimo alcance y guardarlo en el almacén de secretos de la CI\(foundation.map { " en \(label($0))" } ?? ""); fijar versiones, vigilar los límites, cuotas y facturación de cada proveedor y repetir una ejecución que falla del lado del proveedor en lugar de tomarla por un error del código."
        case .hardTarget(let id, let text): "Objetivo difícil" + (id.map { " \($0)" } ?? "") + ": " + text
        case .targetCare(let check, let figures, let place, let testing):
            spanishTargetCare(check, all: list(figures), place: place, testing: testing)
        case .otherTargets(let others): " Los otros objetivos difíciles (\(list(others))) se miden de la misma forma."
        }
    }

    private static func noOutput(_ testing: PhaseLocator.Located?) -> String {
        testing.map { "; \(label($0)) comprueba que ninguna salida los contenga" } ?? ""
    }

    private static func spanishKind(_ kind: PersonalDataKind) -> String {
        switch kind {
        case .names: "nombres"
        case .emails: "correos electrónicos"
        case .phoneNumbers: "números de teléfono"
        case .birthDates: "fechas de nacimiento"
        case .health: "datos de salud"
        case .location: "ubicación"
        case .payments: "pagos"
        }
    }

    private static func spanishPersonalCare(
        _ place: PersonalDataPlace, foundation: PhaseLocator.Located?, phase: PhaseLocator.Located?, payments: Bool,
        testing: PhaseLocator.Located?
    ) -> String {
        let from = foundation.map { " desde \(label($0))" } ?? ""
        let kept =
            switch place {
            case .device:
                "Guardar solo los campos que la especificación necesita, cifrados en el dispositivo\(from), fuera de registros, informes de fallos y copias de seguridad"
            case .local:
                "Guardar solo los campos que la especificación necesita, fuera de registros, cachés y la salida --verbose\(from)"
            case .server:
                "Almacenar solo los campos que la especificación necesita, cifrados en tránsito y en reposo\(from), fuera de registros y analíticas, con una forma de exportarlos y borrarlos (RGPD) en \(phase.map(label) ?? "la fase que los recoge")"
            }
        return kept + (payments ? "; dejar los números de tarjeta al proveedor de pagos, sin guardarlos nunca" : "")
            + (testing.map { "; \(label($0)) comprueba que los registros e informes de errores no contengan ninguno" }
                ?? "")
            + "."
    }

    private static func spanishServiceCare(
        _ name: String, _ role: ServiceRiskRole, foundation: String, user: PhaseLocator.Located?
    ) -> String {
        let user = user.map(label) ?? "la funcionalidad"
        return switch role {
        case .ciCd:
            "Guardar los secretos que usa en un almacén de secretos, limitados a lo que los necesita; fijar versiones y repetir una ejecución que falla del lado de \(name) en lugar de tomarla por un error del código, antes de que \(user) dependa de él."
        case .hosting:
            "Dar al token de \(name) el mínimo alcance y guardarlo en el almacén de secretos de la CI\(foundation); etiquetar lo que se crea y eliminarlo cuando ya no haga falta, y vigilar cuotas y facturación antes de que \(user) cree recursos en masa."
        case .service:
            "Poner \(name) detrás de un adaptador con tiempos de espera, reintentos con espera progresiva y un doble para pruebas\(foundation); guardar sus credenciales en el entorno o en un almacén de secretos, revisar sus límites de uso y precios antes de que \(user) lo llame y decidir qué hace la funcionalidad mientras no responde."
        }
    }

    private static func spanishTargetCare(
        _ check: TargetCheck, all: String, place: TargetPlace, testing: PhaseLocator.Located?
    ) -> String {
        let place =
            switch place {
            case .testing(let phase): "en \(label(phase))"
            case .building(let phase): "en \(label(phase)), donde se construye"
            case .firstFeature: "desde la primera fase de la funcionalidad"
            }
        let again = testing.map { "; \(label($0)) lo vuelve a comprobar de extremo a extremo" } ?? ""
        return switch check {
        case .background(let device):
            "\(device ?? "El teléfono") decide cuándo se ejecuta el trabajo en segundo plano: demostrar \(all) en un dispositivo real \(place), antes de que el resto dependa de ello, y mostrar cuándo los datos están desactualizados\(again)."
        case .memory(let board):
            "Leer el uso de memoria y flash de cada compilación \(place) (el informe de tamaño del enlazador) en \(board ?? "la placa de destino") y hacer fallar la compilación por encima de \(all)\(again)."
        case .ratio(let ratios):
            "Decidir cómo se mide \(list(ratios)) (monitorización, un presupuesto de errores) \(place) y alertar cuando baje\(again)."
        case .boardTiming(let board):
            "Medir \(all) en \(board ?? "la placa de destino") misma \(place) (un pin conmutado alrededor del camino y leído con un analizador lógico, o marcas de tiempo en el registro serie)\(again)."
        case .benchmark(let reference):
            "Medir \(all) con un benchmark \(place), en \(spanishReference(reference)), y hacer fallar la CI cuando empeore\(again)."
        }
    }

    private static func spanishReference(_ reference: TargetReference) -> String {
        switch reference {
        case .lowEndDevice(let device): device.map { "un \($0) de gama baja" } ?? "un dispositivo de gama baja"
        case .board(let board): board ?? "la placa de destino"
        case .slowestBrowser: "el navegador compatible más lento con datos de tamaño de producción"
        case .minimumHardware: "el hardware mínimo compatible"
        case .productionData: "datos de tamaño de producción"
        case .ciRunner: "un runner de CI"
        case .slowestMachine: "la máquina compatible más lenta"
        }
    }

    private static func spanishNote(_ note: PlanNote) -> String {
        switch note {
        case .aligned(let citation, let names):
            "Alineado con \(citation)"
                + (names.isEmpty ? "." : "; principios en los que se apoya: \(names.joined(separator: ", ")).")
        case .constitutionPlaceholders(let names):
            "La constitución aún tiene marcadores de la plantilla: \(names.joined(separator: ", "))."
        case .noConstitution:
            "No se encontró constitución (.specify/memory/constitution.md o memory/constitution.md, o sigue siendo la plantilla sin completar): las pruebas y la documentación siguen los valores por defecto de plansync."
        case .stackAssumed:
            "Stack supuesto, no leído del proyecto: NestJS, Next.js, PostgreSQL y Redis (el valor por defecto del prompt del plan), porque ni `.plansync.json`, ni `stack` en la configuración, ni la constitución, la especificación, un plan de Spec Kit o un manifiesto nombran uno; confirmarlo antes de la Fase 1 o indicar el real con `stack` en `.plansync.json` en la raíz del proyecto."
        case .stack(let provenance): "Stack: " + Prose.asSentence(provenance)
        case .sourcesDisagree(let conflict):
            "Las fuentes no coinciden (\(conflict)); corregirlo con `stack` en `.plansync.json` si ganó la equivocada."
        case .unreadable(let path, let reason):
            "No se pudo leer por completo \(path): \(Prose.asSentence(reason)) El plan se basa en las demás fuentes."
        case .contents(let stories, let requirements, let criteria, let edgeCases, let questions):
            "Leído de spec.md: "
                + list([
                    Prose.count(stories, "historia de usuario", "historias de usuario"),
                    Prose.count(requirements, "requisito", "requisitos"),
                    Prose.count(criteria, "criterio de éxito", "criterios de éxito"),
                    Prose.count(edgeCases, "caso límite", "casos límite"),
                    Prose.count(questions, "pregunta abierta", "preguntas abiertas"),
                ]) + "."
        case .openClarifications(let questions):
            "Aclaraciones pendientes (\(questions.count)): " + Prose.joined(questions)
        case .answered(let count): "Aclaraciones respondidas en la especificación: \(count)."
        case .status(let status):
            "El estado de la especificación es \(status): comparar este plan con lo que se entregó."
        case .emptySpec:
            "spec.md está vacío o no tiene secciones reconocibles: añadir una descripción **Input**, historias de usuario con prioridad, requisitos funcionales (FR-001 …) y criterios de éxito (SC-001 …)."
        case .noTitle: "spec.md no tiene título `# Feature Specification:`: el título sale del nombre de la carpeta."
        case .noStories: "La especificación no tiene historias de usuario: las fases salen de sus requisitos."
        case .noRequirements:
            "No se encontraron requisitos funcionales: las tareas de las fases salen solo de las historias de usuario."
        case .noIDs: "Los requisitos no tienen id (FR-001 …): el plan los cita por su texto."
        case .someWithoutIDs(let count, let total): "\(count) de \(total) requisitos no tienen id (FR-001 …)."
        case .noCriteria(let requirements, let stories):
            "La especificación no tiene criterios de éxito (SC-001 …): "
                + (!requirements && !stories
                    ? "los del plan son los requisitos de la constitución o los valores por defecto de plansync."
                    : "los del plan salen de \(list([requirements ? "sus requisitos" : nil, stories ? "sus historias de usuario" : nil].compactMap { $0 })).")
        case .noEntities: "No hay entidades clave (Key Entities): el modelo de datos está por definir."
        case .estimates(let e, let small):
            "Estimaciones: \(spanishDays(e.daysPerRequirement)) por requisito y \(spanishDays(e.daysPerScenario)) por escenario de aceptación en cada fase de la funcionalidad; base \(small ? spanishDays(e.minimumPhaseDays) + " (un cambio pequeño en código existente)" : spanishDays(e.foundationDays)) más \(spanishDays(e.daysPerService)) por servicio externo; pruebas \(Int(e.testingShare * 100))% de las fases de la funcionalidad más \(spanishDays(e.daysPerEdgeCase)) por caso límite\(small ? ", \(spanishDays(e.minimumPhaseDays)) como mínimo" : ""); días redondeados hacia arriba por fase (`estimates` de config.json)."
        case .ownPlan(let phases, let days, let total):
            "Las fases siguen el plan propio de la especificación (\(Prose.count(phases, "fase numerada", "fases numeradas")))"
                + (days.map {
                    $0 == total
                        ? "; su calendario de \(Prose.count($0, "día", "días")) es la estimación, con Pruebas y Documentación incluidas"
                        : "; su calendario dice \(Prose.count($0, "día", "días")) y las fases de Pruebas y Documentación que tiene todo plan lo llevan a \(total)"
                } ?? "") + "."
        case .placeholders(let lines, let shown, let more):
            "\(Prose.count(lines, "línea de spec.md aún tiene", "líneas de spec.md aún tienen")) marcadores de Spec Kit, que quedan fuera de este plan: \(shown.joined(separator: ", ") + (more ? ", …" : ""))."
        case .unreadParts(let parts, let more):
            "Secciones de spec.md que este plan no lee (sus títulos no dicen nada que conozca): \(parts.map { "\"\($0)\"" }.joined(separator: ", ") + (more ? ", …" : ""))."
        }
    }

    /// `0,5 días`, `1 día`.
    static func spanishDays(_ value: Double) -> String {
        String(dayCount(value).map { $0 == "." ? "," : $0 }) + (value == 1 ? " día" : " días")
    }
}
