/// Portuguese headings (Brazil and Portugal); accents may be written or not.
extension SectionVocabulary {
    static let portuguese: [Group] = [
        words(
            .title, "especificação de funcionalidade", "especificação da funcionalidade", "especificação de recurso",
            "especificação",
            at: .edge),
        words(
            .overview, "visão geral", "resumo", "contexto", "problema", "objetivo", "objetivos", "propósito",
            "motivação", "introdução",
            "descrição", at: .edge),
        words(
            .userScenarios, "cenários de usuário", "cenários do usuário", "histórias de usuário",
            "histórias do usuário",
            "cenários de utilizador", "histórias de utilizador", "casos de uso", "cenários", "jornadas do usuário"),
        counted(
            .userStory, otherwise: .primaryStory, "história de usuário", "história do usuário",
            "história de utilizador", "história"),
        words(.primaryStory, "história de usuário principal", "história principal"),
        words(.acceptance, "cenários de aceitação", "critérios de aceitação", "aceitação"),
        words(.requirements(.general), "requisitos", "requisito"),
        words(.requirements(.functional), "requisitos funcionais", "funcionalidades"),
        words(.requirements(.nonFunctional), "requisitos não funcionais", "requisitos não-funcionais"),
        words(.requirements(.security), "segurança", "privacidade"),
        words(.requirements(.performance), "desempenho", "escalabilidade"),
        words(.requirements(.reliability), "confiabilidade", "disponibilidade", "resiliência"),
        words(.requirements(.observability), "observabilidade", "monitoramento", "monitorização"),
        words(.requirements(.data), "requisitos de dados", "persistência", "retenção de dados"),
        words(.requirements(.accessibility), "acessibilidade"),
        words(.requirements(.compliance), "conformidade"),
        words(.requirements(.usability), "usabilidade", "experiência do usuário"),
        words(.requirements(.technical), "requisitos técnicos"),
        words(.requirements(.interface), "requisitos de interface", "requisitos de api"),
        words(.requirements(.documentation), "documentação"),
        words(.entities, "entidades principais", "entidades-chave", "entidades", "modelo de dados"),
        words(
            .successCriteria, "critérios de sucesso", "critérios de êxito", "resultados mensuráveis",
            "métricas de sucesso"),
        words(.edgeCases, "casos extremos", "casos limite", "casos de borda", "casos de canto"),
        words(.assumptions, "premissas", "suposições", "pressupostos", "hipóteses"),
        words(.dependencies, "dependências", "pré-requisitos"),
        words(.scope, "escopo", "âmbito", at: .edge),
        words(
            .outOfScope, "fora do escopo", "fora de escopo", "fora do âmbito", "não objetivos", "exclusões",
            "trabalho futuro"),
        words(.risks, "riscos", "risco", "riscos e mitigações"),
        words(.timeline, "cronograma", "linha do tempo", "marcos", "prazos", "estimativa", "roteiro"),
        counted(.phase, otherwise: .phases, "fase", "etapa", "marco"),
        words(.phases, "fases", "fases de implementação", "plano de implementação", "tarefas", "etapas"),
        words(
            .components, "componentes", "arquitetura", "interfaces", "interface", "serviços", "módulos",
            "design técnico",
            "estrutura do projeto"),
        words(.clarifications, "esclarecimentos", "esclarecimento", "clarificações"),
        words(.openQuestions, "questões em aberto", "perguntas em aberto", "questões abertas", "pendências"),
        words(.techStack, "stack tecnológica", "stack tecnológico", "pilha tecnológica", "tecnologias", "ferramentas"),
        words(.constraints, "restrições", "limitações", "constituição"),
        words(.glossary, "glossário", "terminologia"),
        words(.glossary, "definições", at: .whole),
        words(.testing, "testes", "estratégia de testes", "plano de testes"),
        words(.notes, "notas", "referências", "anexo", "apêndice", "observações"),
        words(.changeLog, "histórico de alterações", "registro de alterações"),
        words(
            .priorityRationale, "por que esta prioridade", "por que essa prioridade", "por quê esta prioridade",
            at: .start),
        words(.independentTest, "teste independente", at: .start),
        words(
            .templateGuidance, "fluxo de execução", "diretrizes rápidas", "orientações rápidas", "requisitos de seção",
            "para geração por ia", "para geração com ia", "lista de verificação de revisão e aceitação",
            "qualidade do conteúdo",
            "completude dos requisitos", "completude de requisitos", "status de execução", "estado de execução",
            "lista de verificação"),
    ]
}
