/// Finds, for an item (a requirement, a scenario), the group (a user story, a phase) it shares the
/// most words with, without comparing every item with every group.
///
/// Each group is a set of words with a weight (a word of a story's title counts twice); an
/// item's score for a group is the sum of the weights of the words they share. Groups are found
/// through an index from each word to the groups that use it, so the work per item is the
/// length of its words' lists, not the number of groups: a spec with 3,000 stories and 12,000
/// requirements is matched in a few million steps, not forty million set intersections.
///
/// A word that more than `commonWordLimit` groups use tells nothing about which of them an
/// item belongs to (`ledger` in every story of a ledger feature) and is not counted. That bound
/// is also what keeps the work linear; with fewer groups than the limit, every shared word
/// counts, exactly as in a comparison of every item with every group.
struct WordMatcher<Word: Hashable> {
    static var commonWordLimit: Int { 64 }

    /// A group that uses a word, the word's weight there, and the word's next posting (-1 after
    /// its last).
    private struct Posting {
        var group: Int
        var weight: Int
        var next: Int
    }

    /// A word's most recent posting and how many groups use it.
    private struct Head {
        var first = -1
        var count = 0

        /// Makes `position` the word's first posting; `previous` gets the one it links to.
        mutating func push(_ position: Int, previous: inout Int) {
            previous = first
            first = position
            count += 1
        }
    }

    /// The group an item shares the most with, and its score.
    struct Match: Equatable {
        var group: Int
        var score: Int
    }

    /// Every word's postings in one array, each word's linked from its head: no array per word
    /// (a story's words are mostly its own, and one allocation each was most of the building).
    private var postings: [Posting] = []
    private var heads: [Word: Head] = [:]
    private var scores: [Int]
    private var touched: [Int] = []
    /// How many (word, group) pairs the matches so far looked at: the matcher's whole cost, which
    /// the tests bound (it grows with the items' words, never with items × groups).
    private(set) var visits = 0

    /// - Parameter groups: each group's words and their weights, in the order ties are decided.
    init(groups: [[Word: Int]]) {
        scores = Array(repeating: 0, count: groups.count)
        for (index, words) in groups.enumerated() {
            for (word, weight) in words where weight > 0 {
                let position = postings.count
                var next = -1
                heads[word, default: Head()].push(position, previous: &next)
                postings.append(Posting(group: index, weight: weight, next: next))
            }
        }
    }

    /// A story's title words weigh 2 and the words of its description and scenarios 1 (3 when in both).
    /// Each weight is a pair of bits, set however often the word recurs: no set of either part's words.
    static func weights(title: some Sequence<Word>, body: some Sequence<Word>) -> [Word: Int] {
        var weights: [Word: Int] = [:]
        for word in title { weights[word, default: 0] |= 2 }
        for word in body { weights[word, default: 0] |= 1 }
        return weights
    }

    /// The group with the highest score for these words, the first one on a tie, and its score;
    /// nil when no group shares a counted word with them.
    mutating func bestGroup(for words: Set<Word>) -> Match? {
        for word in words {
            guard let head = heads[word], head.count <= Self.commonWordLimit else { continue }
            var position = head.first
            while position >= 0 {
                let posting = postings[position]
                if scores[posting.group] == 0 { touched.append(posting.group) }
                scores[posting.group] += posting.weight
                position = posting.next
            }
            visits += head.count
        }
        var best: Match? = nil
        for group in touched {
            let score = scores[group]
            if best.map({ score > $0.score || score == $0.score && group < $0.group }) ?? true {
                best = Match(group: group, score: score)
            }
            scores[group] = 0
        }
        visits += touched.count
        touched.removeAll(keepingCapacity: true)
        return best
    }
}
