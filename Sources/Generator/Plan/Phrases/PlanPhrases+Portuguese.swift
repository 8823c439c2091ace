extension PlanPhrases {
    /// Brazilian Portuguese, in a tech lead's short imperative task lines.
    static let portuguese = PlanPhrases(
        list: { items in
            guard let last = items.last else { return "" }
            return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " e " + last
        },
        onRuntime: { "\($0) sobre \($1)" },
        unnamedLanguage: "a linguagem do projeto (nenhuma fonte a nomeia)",
        coverage: { stories, requirements in
            let parts = [
                stories == 0 ? nil : Prose.count(stories, "história de usuário", "histórias de usuário"),
                requirements == 0 ? nil : Prose.count(requirements, "requisito funcional", "requisitos funcionais"),
            ].compactMap { $0 }
            return "Abrange \(parts.joined(separator: " e "))."
        },
        moreEntities: { "mais \($0) entidades" },
        undescribedSpec:
            "spec.md ainda não descreve a funcionalidade: não tem descrição **Input**, visão geral, história de usuário nem requisitos.",
        foundationPhase: "Base e configuração", testingPhase: "Testes", documentationPhase: "Documentação",
        crossCuttingPhase: "Requisitos transversais", corePhase: "Funcionalidade principal",
        definitionPhase: "Definição da funcionalidade",
        definitionTask:
            "Escrever em spec.md as histórias de usuário, os requisitos funcionais e os critérios de sucesso; este plano é atualizado ao salvar",
        requirementsPhase: "Requisitos",
        nature: { nature in
            switch nature {
            case .security: "Segurança"
            case .performance: "Desempenho"
            case .reliability: "Confiabilidade"
            case .observability: "Observabilidade"
            }
        },
        scenario: "Cenário: ", edgeCase: "Caso de borda: ", constitution: "Constituição: ", implement: "Implementar: ",
        acceptance: "Aceitação: ", securityRule: "Aplicar a regra de segurança da constituição: ",
        foundation: portugueseFoundation,
        security: { form, services, audit in
            let focus =
                switch form {
                case .server: "validar toda entrada na fronteira da API e manter os segredos no ambiente"
                case .browser: "sanitizar o que os usuários digitam antes de exibir"
                case .commandLine: "validar argumentos e arquivos de entrada antes de agir"
                case .library: "validar as entradas na API pública (sem falhas com entradas malformadas)"
                case .mobile: "pedir só as permissões necessárias e manter os dados pessoais no dispositivo"
                case .desktop: "validar os arquivos e entradas que o app lê"
                case .embedded: "validar cada mensagem e entrada que o firmware recebe antes de agir"
                case .pipeline: "validar os dados de entrada contra o esquema"
                case .infrastructure: "manter os segredos no cofre de segredos, com o mínimo privilégio"
                case .game: "validar os assets e scripts que o motor carrega"
                case .other: "validar as entradas"
                }
            return "Segurança: \(focus), sem tokens nem credenciais no código, nos logs ou na saída"
                + (audit.map { "; verificar as novas dependências com `\($0)`" } ?? "")
        },
        roles: "Definir papéis e permissões (RBAC) para as operações da funcionalidade",
        otherEdgeCases: { "Os outros \($0) casos de borda da especificação" },
        authorizationTests: "Testes de autorização: cada papel faz exatamente o que lhe é permitido",
        requirementTests: { count, tools in
            "Testes unitários e de integração\(tools.map { " (\($0))" } ?? "") para cada um dos \(count) requisitos funcionais"
        },
        acceptanceTests: { form, count, tools in
            let scenarios = count == 1 ? "o cenário de aceitação" : "os \(count) cenários de aceitação"
            let tools = tools.map { " (\($0))" } ?? ""
            return switch form {
            case .browser(let tool): "Testes de ponta a ponta (\(tool)) para \(scenarios)"
            case .builtCommand: "Testes de aceitação que executam o comando compilado para \(scenarios)\(tools)"
            case .publicAPI: "Testes pela API pública para \(scenarios)"
            case .device: "Testes de interface em dispositivo ou emulador\(tools) para \(scenarios)"
            case .hardware: "Verificar \(scenarios) no hardware real, com a lógica testada fora do dispositivo"
            case .preview: "Verificar \(scenarios) em um ambiente de homologação antes da produção"
            case .plain: "Testes de aceitação para \(scenarios)"
            }
        },
        performanceChecks: { ids, benchmark in
            "Testes de desempenho conforme \(ids.joined(separator: ", "))\(benchmark.map { " (\($0))" } ?? "")"
        },
        testFirst: { ci in
            "Escrever cada teste antes do código que ele cobre e manter a suíte verde na CI"
                + (ci.map { " (\($0))" } ?? "")
        },
        userDocumentation: { kind, title, apiDocs in
            switch kind {
            case .library?: "Documentar a API pública de \(title) (\(apiDocs)) com um exemplo de uso"
            case .commandLineTool?: "Atualizar a ajuda do comando e o uso no README para \(title)"
            case .embedded?: "Documentar a fiação, as configurações e como gravar o firmware de \(title)"
            case .infrastructure?:
                "Documentar o runbook de \(title): o que é provisionado, onde ficam os segredos, como implantar e reverter"
            default: "Atualizar o README e a documentação de usuário de \(title)"
            }
        },
        userFlows: { "Documentar os fluxos de usuário: \($0)" },
        apiDocumentation: { "Documentar os novos endpoints da API\($0 ? " na descrição OpenAPI" : "")" },
        configurationDocumentation:
            "Documentar a nova configuração: opções, flags e variáveis de ambiente, com seus valores padrão",
        changelog: "Adicionar uma entrada ao changelog",
        architecture: portugueseArchitecture,
        kind: { kind in
            switch kind {
            case .webApplication: "aplicação web"
            case .apiService: "serviço de API"
            case .commandLineTool: "ferramenta de linha de comando"
            case .library: "biblioteca"
            case .mobileApp: "app móvel"
            case .desktopApp: "app desktop"
            case .embedded: "firmware embarcado"
            case .dataPipeline: "pipeline de datos"
            case .infrastructure: "infraestrutura"
            case .game: "jogo"
            }
        },
        purpose: portuguesePurpose,
        origin: { origin in
            switch origin {
            case .toAdd: "a adicionar"
            case .namedInSpec: "citado na especificação"
            case .assumedDefault: "stack padrão presumido"
            case .standardLibrary: "biblioteca padrão"
            case .usualTestTool(let language): "a usual em \(language ?? "o stack"): o projeto não nomeia nenhuma"
            case .source(let source): source
            }
        },
        assumption: "Premissa: ", noInternalDependencies: "Nenhuma indicada na especificação",
        noFeatureDependencies: "Nenhuma")

    private static func portugueseFoundation(_ task: FoundationTask) -> String {
        switch task {
        case .serviceModule(let title, let framework, let code):
            "Configurar o módulo \(framework) (\(code)) de \(title) com configuração e logs estruturados"
        case .applicationModules(let title, let app, let code):
            "Configurar os módulos de \(title) na aplicação \(app) (\(code))"
        case .commandLine(let title, let code, let commands):
            "Configurar o código de \(title) em \(code) e ligá-lo \(commands.map { "aos comandos de \($0)" } ?? "à linha de comando"), com códigos de saída claros"
        case .library(let title, let code):
            "Configurar o módulo de biblioteca de \(title) em \(code): tipos públicos, erros e documentação"
        case .appModule(let title, let code, _, let toolkit):
            "Configurar o módulo de \(title) em \(code)\(toolkit.map { " (\($0))" } ?? ""): estado, navegação e configuração"
        case .firmware(let title, let code, let device):
            "Configurar o módulo de firmware de \(title) em \(code)\(device.map { " no \($0)" } ?? ""): pinos, temporização e memória"
        case .pipeline(let title, let code):
            "Configurar a etapa do pipeline de \(title) em \(code): entradas, saídas e configuração"
        case .infrastructure(let title, let tool):
            "Configurar as definições \(tool ?? "de infraestrutura") de \(title), com configuração por ambiente"
        case .engine(let title, let code): "Configurar o subsistema do motor para \(title) em \(code)"
        case .modules(let title, let code): "Configurar os módulos \(code) de \(title)"
        case .storage(let style, let database, let what, _, let using):
            portugueseStorage(style, database: database, what: what ?? "os dados da funcionalidade", using: using)
        case .screens(let title, let toolkit), .windows(let title, let toolkit), .components(let title, let toolkit):
            "Criar a estrutura de telas \(toolkit) de \(title)"
        case .routes(let toolkit): "Criar as rotas \(toolkit) e os componentes compartilhados"
        case .serviceAccess(let kind, let service):
            kind == .library
                ? "Definir o cliente de \(service) atrás de uma interface, com credenciais de quem chama e um dublê para testes"
                : "Configurar a integração com \(service): credenciais fora do repositório e um sandbox ou dublê para testes"
        }
    }

    private static func portugueseStorage(_ style: StorageStyle?, database: String, what: String, using: String?)
        -> String
    {
        let using = using.map { " (\($0))" } ?? ""
        return switch style {
        case nil: "Definir os tipos de dados de \(what) e suas invariantes"
        case .relational?: "Criar o esquema e as migrações de \(database)\(using) para \(what)"
        case .document?: "Definir as coleções e índices de \(database)\(using) para \(what)"
        case .keyValue?: "Definir como \(what) são guardados em \(database): chaves, formato e versão"
        }
    }

    private static func portugueseArchitecture(_ line: ArchitectureLine) -> String {
        switch line {
        case .service(let stack, let subject): "serviço \(stack) que implementa \(subject)"
        case .serverSide(let framework, let code, let subject):
            "lado servidor de \(framework) (\(code)) que implementa \(subject)"
        case .unnamedServer(let code, let subject):
            "servidor \(code) que implementa \(subject); nenhuma fonte nomeia o framework"
        case .runsElsewhere(let kind, let device, let subject, let code, _):
            "nenhum (\(portuguese.kind(kind))\(device.map { ", \($0)" } ?? "")): \(subject) em \(code), \(kind == .webApplication ? "no navegador" : kind == .desktopApp ? "na máquina do usuário" : "no dispositivo")"
        case .commandLine(let code, let libraries, let subject):
            "ferramenta de linha de comando em \(code)\(libraries.map { " (\($0))" } ?? "") que implementa \(subject); sem servidor"
        case .library(let code, let framework, let subject):
            "biblioteca \(code)\(framework.map { " para \($0)" } ?? ""), sem serviço próprio: \(subject) na sua API pública"
        case .pipeline(let code, let libraries, let subject):
            "pipeline de dados em \(code)\(libraries.map { " (\($0))" } ?? "") que implementa \(subject)"
        case .game(let subject, let code, let libraries):
            "nenhum (jogo na máquina do jogador): \(subject) em \(code)\(libraries.map { " com \($0)" } ?? "")"
        case .infrastructure(let tools, let hosting, let subject, let deployed):
            "\(tools ?? "definições de infraestrutura")\(hosting.map { " em \($0)" } ?? "") para \(subject)\(deployed.map { "; o serviço que implanta: \($0)" } ?? "")"
        case .implementing(let stack, let subject): "\(stack) que implementa \(subject)"
        case .theFeaturesOperations: "as operações da funcionalidade"
        case .theFeaturesStoredData: "os dados que a funcionalidade guarda"
        case .provisionedDatabase(let databases):
            "\(databases), na infraestrutura: a funcionalidade provisiona e configura, sem esquema próprio"
        case .connectedDatabase(let databases, let cache):
            "\(databases), acessado pela biblioteca: sem esquema próprio\(cache.map { "; \($0) como cache" } ?? "")"
        case .database(let databases, let what, let cache):
            "\(databases) para \(what)\(cache.map { "; \($0) como cache" } ?? "")"
        case .noNewStorage(let databases):
            "sem armazenamento novo: a funcionalidade não guarda dados próprios (o projeto usa \(databases))"
        case .storesNothing: "nenhum: a funcionalidade não guarda dados"
        case .noneNamed: "nenhum indicado no stack do projeto"
        case .noDatabaseOfItsOwn(let kind): "nenhum (\(portuguese.kind(kind)) sem banco de dados próprio)"
        case .storageNotChosen(let what):
            "não escolhido: a funcionalidade guarda \(what) e nenhuma fonte nomeia o armazenamento; decidir antes da fase 1"
        case .noInterface(let kind):
            kind.map { "nenhum (\(portuguese.kind($0)))" } ?? "nenhum indicado no stack do projeto"
        case .interfaceUnchanged(let toolkit):
            "sem mudanças: a funcionalidade não tem interface própria\(toolkit.map { " (\($0))" } ?? "")"
        case .theProjectsInterface: "a interface do projeto"
        case .views(let toolkit, let noun, let flows):
            "\(noun == .screens ? "telas" : noun == .scenes ? "cenas" : "telas") \(toolkit)\(flows.map { " para: \($0)" } ?? " para os fluxos de usuário")"
        case .noServices: "nenhum no escopo da especificação"
        }
    }

    private static func portuguesePurpose(_ purpose: DependencyPurpose) -> String {
        switch purpose {
        case .commands: "comandos, flags e ajuda"
        case .pluggedFramework: "o framework ao qual a biblioteca se integra"
        case .hardwareLibrary(let name): "biblioteca de hardware do \(name)"
        case .driver(let name): "driver do \(name)"
        case .infrastructure: "infraestrutura como código e implantação"
        case .engine: "renderização, entrada ou scripting do motor"
        case .dataProcessing: "processamento de dados"
        case .apiFramework: "framework de API"
        case .serverFramework: "framework de servidor"
        case .pagesAndServer: "páginas e código de servidor"
        case .userInterface: "interface de usuário"
        case .screens: "telas"
        case .dataAccess: "acesso a dados e migrações"
        case .client(let name): "cliente de \(name)"
        case .cacheClient(let name): "cliente de \(name) para cache"
        case .serviceClient(let name): "cliente de la API de \(name)"
        case .webCalls(let services): "chamadas à API de \(portuguese.list(services))"
        case .authentication, .roleGuards: "autenticação e controle de papéis"
        case .tests(let purpose):
            switch purpose {
            case .unit: "testes unitários e de integração"
            case .endToEnd: "testes de ponta a ponta dos fluxos de usuário"
            case .component: "testes de componentes"
            case .assertions: "asserções de teste"
            case .doubles: "dublês de teste"
            case .properties: "testes baseados em propriedades"
            case .snapshots: "testes de snapshot da saída"
            case .benchmarks: "benchmarks das metas medidas"
            case .device: "testes em dispositivo ou emulador"
            }
        }
    }
}
