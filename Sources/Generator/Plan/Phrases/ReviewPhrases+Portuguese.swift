extension ReviewPhrases {
    /// Brazilian Portuguese.
    static let portuguese = ReviewPhrases(
        phase: { "Fase \($0.number) (\($0.name))" }, risk: portugueseRisk,
        criterion: { text in
            switch text {
            case .gate(let rule): "Requisito da constituição: \(rule)"
            case .principle(let name): "Princípio da constituição respeitado: \(name) (inegociável)"
            case .outcome(let label, let sentence): "\(label): \(sentence)"
            case .defaultGate: "Cada requisito funcional tem um teste automatizado que passa"
            case .scenariosPass(let label, let count):
                "\(label): \(count == 1 ? "seu cenário de aceitação passa" : "seus \(count) cenários de aceitação passam")"
            case .groupMet(let group, let cited, let count):
                "\(group)\(cited): \(Prose.count(count, "requisito atendido", "requisitos atendidos")), cada um com um teste que passa"
            case .allMet(let count, let cited):
                "Os \(count) requisitos\(cited) atendidos, cada um com um teste que passa"
            }
        },
        component: { text in
            switch text {
            case .noneNamed: "Nenhum nomeado"
            case .noneNamedPurpose:
                "spec.md não nomeia entidades-chave, serviços nem interfaces; as fases seguem suas histórias e requisitos"
            case .namedBySpec: "nomeado na especificação"
            case .keyEntity: "entidade-chave da especificação"
            }
        },
        note: portugueseNote,
        provenance: ProvenanceWords(
            aspect: { aspect in
                switch aspect {
                case .language: "Linguagem"
                case .runtime: "Runtime"
                case .backend: "Backend"
                case .frontend: "Frontend"
                case .mobile: "Mobile"
                case .desktop: "Desktop"
                case .embedded: "Embarcado"
                case .storage: "Armazenamento"
                case .cache: "Cache"
                case .queue: "Fila"
                case .libraries: "Bibliotecas"
                case .tests: "Testes"
                case .build: "Build"
                case .ciCd: "CI/CD"
                case .hosting: "Hospedagem"
                case .infrastructure: "Infraestrutura"
                case .services: "Serviços"
                case .platforms: "Plataformas"
                case .kind: "Tipo"
                }
            },
            source: { source in
                switch source {
                case .config: "configuração"
                case .constitution: "constituição"
                case .spec: "especificação"
                case .specKitPlan(let path): "plano de \(ProfileSource.featureFolder(path))"
                case .assumedDefault: "padrão assumido"
                default: source.description
                }
            },
            kind: { PlanPhrases.portuguese.kind($0) }, none: { "nenhum (\($0))" }, more: { " e mais \($0)" },
            per: { "\($0) conforme \($1)" }, also: { "; também \($0.joined(separator: ", "))" }, separator: "; ",
            comma: ", ", colon: ": ", cited: { " (\($0))" }, lowerCaseAfterFirst: true))

    private static func label(_ phase: PhaseLocator.Located) -> String { portuguese.phase(phase) }
    private static func cited(_ ids: [String]) -> String { ids.isEmpty ? "" : " (\(list(ids)))" }
    private static func list(_ items: [String]) -> String { PlanPhrases.portuguese.list(items) }

    private static func portugueseRisk(_ text: RiskText) -> String {
        switch text {
        case .noRisks:
            "A especificação não traz riscos significativos além da entrega normal: não tem perguntas em aberto, metas difíceis, migrações, serviços externos, dados pessoais nem segredos."
        case .oneRisk: "A especificação não traz outros riscos significativos além do abaixo."
        case .question(let question): "Pergunta em aberto: \(question)"
        case .answer(let phase):
            "Responder em spec.md (decidir antes \(phase.map { "da \(label($0))" } ?? "de começar a implementação")), por exemplo com /speckit.clarify; este plano segue a resposta."
        case .unmitigated: "A especificação cita este risco sem mitigação: definir uma antes da fase que ele ameaça."
        case .dataMigration(let quoted, let also):
            "Migração de dados: " + quoted + (also.isEmpty ? "" : " (também \(list(also)))")
        case .migrationPlan(let foundation, let phase):
            "Escrever a migração \(foundation.map { "na \(label($0))" } ?? "antes das fases da funcionalidade") de modo que avance e reverta sobre uma cópia de dados reais, com backup e execução de teste, antes que \(phase.map { "a \(label($0))" } ?? "a funcionalidade") dependa da nova estrutura; torná-la idempotente para que uma execução com falha possa ser repetida."
        case .replacement(let quoted, let also):
            "Substituição do que existe: " + quoted + (also.isEmpty ? "" : " (também \(list(also)))")
        case .keepOldPath(let phase, let documentation):
            "Manter o caminho antigo funcionando ao lado do novo até concluir \(phase.map { "a \(label($0))" } ?? "a funcionalidade"), com testes de que quem o chama continua passando; explicar aos usuários o que muda em um aviso de descontinuação\(documentation.map { " e na \(label($0)) (changelog, notas de atualização)" } ?? "")."
        case .personalData(let kinds, let ids): "Dados pessoais: \(list(kinds.map(portugueseKind)))" + cited(ids)
        case .personalCare(let place, let foundation, let phase, let payments, let testing):
            portuguesePersonalCare(place, foundation: foundation, phase: phase, payments: payments, testing: testing)
        case .unauthorizedAccess: "Acesso não autorizado por falta de verificação de papel ou permissão"
        case .checkRoles(let foundation, let testing, let ids, let rule):
            Prose.asSentence(
                "Verificar os papéis no servidor em toda operação que lê ou altera dados"
                    + (foundation.map { ", em um único lugar preparado na \(label($0))" } ?? "")
                    + ", e cobrir cada papel com testes de autorização" + (testing.map { " na \(label($0))" } ?? "")
                    + cited(ids) + (rule.map { "; constituição: \($0)" } ?? ""))
        case .deviceSecrets(let ids): "Tokens e segredos guardados no dispositivo" + cited(ids)
        case .keystore(let testing):
            "Guardá-los no cofre de chaves da plataforma (Android Keystore, iOS Keychain), nunca em preferências, arquivos ou logs, e apagá-los ao sair da conta\(noOutput(testing))."
        case .leakingSecrets(let commandLine, let ids):
            "Vazamento de tokens e segredos por \(commandLine ? "arquivos de configuração, histórico do shell" : "arquivos de configuração") e logs"
                + cited(ids)
        case .secretsFromEnvironment(let phase, let testing):
            "Lê-los do ambiente ou do chaveiro do sistema \(phase.map { "a partir da \(label($0))" } ?? "desde o início"), nunca de um arquivo versionado com o projeto; ocultá-los em logs, erros e saída detalhada\(noOutput(testing))."
        case .radio(let ids):
            "Acesso físico e enlace de rádio ou de atualização: qualquer pessoa no alcance ou com o dispositivo na mão pode enviar comandos"
                + cited(ids)
        case .pairing(let phase):
            "Parear emissor e receptor com um id ou chave \(phase.map { "na \(label($0))" } ?? "na primeira fase") e ignorar quadros de outros; travar o bootloader e os fusíveis nas versões de lançamento e aceitar só atualizações de firmware assinadas."
        case .service(let name, let role):
            switch role {
            case .ciCd: "\(name): indisponibilidade, cotas e os segredos que guarda"
            case .hosting: "\(name): cotas, credenciais e custo"
            case .service: "\(name): indisponibilidade, limites de uso, credenciais e custo"
            }
        case .serviceCare(let name, let role, let foundation, let user):
            portugueseServiceCare(name, role, foundation: foundation.map { " na \(label($0))" } ?? "", user: user)
        case .services(let names):
            "Serviços externos (\(list(names))): indisponibilidade, limites de uso, credenciais e custo"
        case .servicesCare(let called, let foundation):
            called
                ? "Colocar cada serviço atrás de um adaptador com timeouts, novas tentativas e um dublê para testes\(foundation.map { " na \(label($0))" } ?? ""); guardar cada credencial no ambiente ou em um cofre de segredos, verificar os limites de uso e preços de cada um e decidir o que a funcionalidade faz quando um deles cai."
                : "Dar a cada token o menor escopo e guardá-lo no cofre de segredos da CI\(foundation.map { " na \(label($0))" } ?? ""); fixar versões, acompanhar limites, cotas e fatura de cada provedor e repetir uma execução que falha do lado do provedor em vez de tratá-la como erro do código."
        case .hardTarget(let id, let text): "Meta difícil" + (id.map { " \($0)" } ?? "") + ": " + text
        case .targetCare(let check, let figures, let place, let testing):
            portugueseTargetCare(check, all: list(figures), place: place, testing: testing)
        case .otherTargets(let others): " As outras metas difíceis (\(list(others))) são medidas da mesma forma."
        }
    }

    private static func noOutput(_ testing: PhaseLocator.Located?) -> String {
        testing.map { "; a \(label($0)) verifica que nenhuma saída contém um deles" } ?? ""
    }

    private static func portugueseKind(_ kind: PersonalDataKind) -> String {
        switch kind {
        case .names: "nomes"
        case .emails: "e-mails"
        case .phoneNumbers: "números de telefone"
        case .birthDates: "datas de nascimento"
        case .health: "dados de saúde"
        case .location: "localização"
        case .payments: "pagamentos"
        }
    }

    private static func portuguesePersonalCare(
        _ place: PersonalDataPlace, foundation: PhaseLocator.Located?, phase: PhaseLocator.Located?, payments: Bool,
        testing: PhaseLocator.Located?
    ) -> String {
        let from = foundation.map { " a partir da \(label($0))" } ?? ""
        let kept =
            switch place {
            case .device:
                "Guardar só os campos de que a especificação precisa, criptografados no dispositivo\(from), fora de logs, relatórios de falha e backups"
            case .local:
                "Guardar só os campos de que a especificação precisa, fora de logs, caches e da saída --verbose\(from)"
            case .server:
                "Armazenar só os campos de que a especificação precisa, criptografados em trânsito e em repouso\(from), fora de logs e analytics, com uma forma de exportá-los e excluí-los (LGPD/GDPR) \(phase.map { "na \(label($0))" } ?? "na fase que os coleta")"
            }
        return kept + (payments ? "; deixar os números de cartão com o provedor de pagamento, nunca armazená-los" : "")
            + (testing.map { "; a \(label($0)) verifica que logs e relatórios de erro não contêm nenhum" } ?? "") + "."
    }

    private static func portugueseServiceCare(
        _ name: String, _ role: ServiceRiskRole, foundation: String, user: PhaseLocator.Located?
    ) -> String {
        let user = user.map { "a \(label($0))" } ?? "a funcionalidade"
        return switch role {
        case .ciCd:
            "Guardar os segredos que usa em um cofre de segredos, restritos a quem precisa deles; fixar versões e repetir uma execução que falha do lado do \(name) em vez de tratá-la como erro do código, antes que \(user) dependa dele."
        case .hosting:
            "Dar ao token do \(name) o menor escopo e guardá-lo no cofre de segredos da CI\(foundation); marcar com tags o que for criado e removê-lo quando não for mais necessário, e acompanhar cotas e fatura antes que \(user) crie recursos em massa."
        case .service:
            "Colocar o \(name) atrás de um adaptador com timeouts, novas tentativas com backoff e um dublê para testes\(foundation); guardar suas credenciais no ambiente ou em um cofre de segredos, verificar limites de uso e preços antes que \(user) o chame e decidir o que a funcionalidade faz enquanto ele estiver fora do ar."
        }
    }

    private static func portugueseTargetCare(
        _ check: TargetCheck, all: String, place: TargetPlace, testing: PhaseLocator.Located?
    ) -> String {
        let place =
            switch place {
            case .testing(let phase): "na \(label(phase))"
            case .building(let phase): "na \(label(phase)), onde é construído"
            case .firstFeature: "desde a primeira fase da funcionalidade"
            }
        let again = testing.map { "; a \(label($0)) verifica de novo de ponta a ponta" } ?? ""
        return switch check {
        case .background(let device):
            "\(device ?? "O celular") decide quando o trabalho em segundo plano roda: comprovar \(all) em um dispositivo real \(place), antes que o resto dependa disso, e mostrar quando os dados estão desatualizados\(again)."
        case .memory(let board):
            "Ler o uso de memória e flash de cada build \(place) (o relatório de tamanho do linker) em \(board ?? "a placa-alvo") e falhar o build acima de \(all)\(again)."
        case .ratio(let ratios):
            "Decidir como \(list(ratios)) é medido (monitoramento, um orçamento de erros) \(place) e alertar quando cair\(again)."
        case .boardTiming(let board):
            "Cronometrar \(all) na própria \(board ?? "placa-alvo") \(place) (um pino alternado em volta do caminho e lido com um analisador lógico, ou timestamps no log serial)\(again)."
        case .benchmark(let reference):
            "Medir \(all) com um benchmark \(place), em \(portugueseReference(reference)), e falhar a CI quando piorar\(again)."
        }
    }

    private static func portugueseReference(_ reference: TargetReference) -> String {
        switch reference {
        case .lowEndDevice(let device): device.map { "um \($0) de entrada" } ?? "um dispositivo de entrada"
        case .board(let board): board ?? "a placa-alvo"
        case .slowestBrowser: "o navegador suportado mais lento com dados do tamanho da produção"
        case .minimumHardware: "o hardware mínimo suportado"
        case .productionData: "dados do tamanho da produção"
        case .ciRunner: "um runner de CI"
        case .slowestMachine: "a máquina suportada mais lenta"
        }
    }

    private static func portugueseNote(_ note: PlanNote) -> String {
        switch note {
        case .aligned(let citation, let names):
            "Alinhado com \(citation)"
                + (names.isEmpty ? "." : "; princípios em que se apoia: \(names.joined(separator: ", ")).")
        case .constitutionPlaceholders(let names):
            "A constituição ainda tem marcadores do modelo: \(names.joined(separator: ", "))."
        case .noConstitution:
            "Nenhuma constituição encontrada (.specify/memory/constitution.md ou memory/constitution.md, ou ela ainda é o modelo não preenchido): testes e documentação seguem os padrões do plansync."
        case .stackAssumed:
            "Stack assumida, não lida do projeto: NestJS, Next.js, PostgreSQL e Redis (o padrão do prompt do plano), porque nem `.plansync.json`, nem `stack` na configuração, nem a constituição, a especificação, um plano do Spec Kit ou um manifesto indicam uma; confirmá-la antes da Fase 1 ou informar a real com `stack` no `.plansync.json` na raiz do projeto."
        case .stack(let provenance): "Stack: " + Prose.asSentence(provenance)
        case .sourcesDisagree(let conflict):
            "As fontes divergem (\(conflict)); corrigir com `stack` no `.plansync.json` se a errada prevaleceu."
        case .unreadable(let path, let reason):
            "Não foi possível ler \(path) por completo: \(Prose.asSentence(reason)) O plano foi escrito a partir das outras fontes."
        case .contents(let stories, let requirements, let criteria, let edgeCases, let questions):
            "Lido de spec.md: "
                + list([
                    Prose.count(stories, "história de usuário", "histórias de usuário"),
                    Prose.count(requirements, "requisito", "requisitos"),
                    Prose.count(criteria, "critério de sucesso", "critérios de sucesso"),
                    Prose.count(edgeCases, "caso de borda", "casos de borda"),
                    Prose.count(questions, "pergunta em aberto", "perguntas em aberto"),
                ]) + "."
        case .openClarifications(let questions):
            "Esclarecimentos pendentes (\(questions.count)): " + Prose.joined(questions)
        case .answered(let count): "Esclarecimentos respondidos na especificação: \(count)."
        case .status(let status): "O status da especificação é \(status): conferir este plano com o que foi entregue."
        case .emptySpec:
            "spec.md está vazio ou não tem seções reconhecíveis: adicionar uma descrição **Input**, histórias de usuário com prioridade, requisitos funcionais (FR-001 …) e critérios de sucesso (SC-001 …)."
        case .noTitle: "spec.md não tem título `# Feature Specification:`: o título vem do nome da pasta."
        case .noStories: "A especificação não tem histórias de usuário: as fases vêm dos seus requisitos."
        case .noRequirements:
            "Nenhum requisito funcional encontrado: as tarefas das fases vêm só das histórias de usuário."
        case .noIDs: "Os requisitos não têm id (FR-001 …): o plano os cita pelo texto."
        case .someWithoutIDs(let count, let total): "\(count) de \(total) requisitos não têm id (FR-001 …)."
        case .noCriteria(let requirements, let stories):
            "A especificação não tem critérios de sucesso (SC-001 …): "
                + (!requirements && !stories
                    ? "os do plano são os requisitos da constituição ou os padrões do plansync."
                    : "os do plano vêm \(list([requirements ? "dos seus requisitos" : nil, stories ? "das suas histórias de usuário" : nil].compactMap { $0 })).")
        case .noEntities: "Não há entidades-chave (Key Entities): o modelo de dados ainda está por definir."
        case .estimates(let e, let small):
            "Estimativas: \(days(e.daysPerRequirement)) por requisito e \(days(e.daysPerScenario)) por cenário de aceitação em cada fase da funcionalidade; base \(small ? days(e.minimumPhaseDays) + " (uma pequena mudança em código existente)" : days(e.foundationDays)) mais \(days(e.daysPerService)) por serviço externo; testes \(Int(e.testingShare * 100))% das fases da funcionalidade mais \(days(e.daysPerEdgeCase)) por caso de borda\(small ? ", no mínimo \(days(e.minimumPhaseDays))" : ""); dias arredondados para cima por fase (`estimates` do config.json)."
        case .ownPlan(let phases, let days, let total):
            "As fases seguem o plano da própria especificação (\(Prose.count(phases, "fase numerada", "fases numeradas")))"
                + (days.map {
                    $0 == total
                        ? "; seu cronograma de \(Prose.count($0, "dia", "dias")) é a estimativa, com Testes e Documentação incluídos"
                        : "; seu cronograma diz \(Prose.count($0, "dia", "dias")), e as fases de Testes e Documentação que todo plano tem levam a \(total)"
                } ?? "") + "."
        case .placeholders(let lines, let shown, let more):
            "\(Prose.count(lines, "linha de spec.md ainda tem", "linhas de spec.md ainda têm")) marcadores do Spec Kit, deixados fora deste plano: \(shown.joined(separator: ", ") + (more ? ", …" : ""))."
        case .unreadParts(let parts, let more):
            "Seções de spec.md que este plano não lê (seus títulos não dizem nada que ele conheça): \(parts.map { "\"\($0)\"" }.joined(separator: ", ") + (more ? ", …" : ""))."
        }
    }

    /// `0,5 dia`, `2 dias`.
    private static func days(_ value: Double) -> String {
        String(dayCount(value).map { $0 == "." ? "," : $0 }) + (value <= 1 ? " dia" : " dias")
    }
}
