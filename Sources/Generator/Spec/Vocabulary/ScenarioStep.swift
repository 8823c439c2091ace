/// The role of one clause of an acceptance scenario, whatever language its keyword is in.
public enum ScenarioStep: String, CaseIterable, Hashable, Sendable {
    /// The starting state: Given, Dado, Étant donné, Gegeben, 假设, 前提, 조건.
    case given
    /// The action: When, Cuando, Quando, Quand, Wenn, 当, もし (or a clause ending in 〜とき), 만약.
    case when
    /// The outcome: Then, Entonces, Então, Alors, Dann, 那么, ならば, 그러면.
    case then
    /// One more clause of the same kind as the one before.
    case and
    case but
}
