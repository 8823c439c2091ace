extension PlanPhrases {
    static let chinese = english
    static let japanese = english
    static let spanish = english
    static let portuguese = english
}
