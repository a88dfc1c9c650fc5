/// A parsed query of the one query language used by the filter line, the command
/// line and saved views: `tag:to-read -tag:done is:starred diffusion "state space"
/// author:gu year:>=2024 cat:cs.CL is:unread`, with `OR` and parentheses.
public indirect enum Query: Sendable, Equatable {
    /// Every paper (the empty query).
    case all
    /// Both sides hold.
    case and([Query])
    /// Either side holds.
    case or([Query])
    /// The inner query does not hold.
    case not(Query)
    /// Text that must appear in title, abstract, authors or notes (a word or a phrase).
    case text(String, phrase: Bool)
    /// A word in one field: `author:gu`, `title:mamba`.
    case field(TextField, String)
    /// The paper carries a tag.
    case tag(String)
    /// A state: starred, read, unread, tagged, noted.
    case state(PaperState)
    /// The year compares to a value: `year:>=2024`, `year:2020..2022`.
    case year(YearComparison)
    /// The paper has an arXiv category: `cat:cs.CL`.
    case category(String)
    /// The paper with this key: an arXiv id without its version (`2503.11677`) or a `t-`
    /// key. Written `id:2503.11677`, or the id pasted as it is: bare, `arXiv:2503.11677v2`,
    /// or an arxiv.org link.
    case key(String)
    /// Added to the library on one of the last `days` days, today included (by the local
    /// calendar): `added:today`, `added:7d`, `added:4w`.
    case added(days: Int)

    /// Fields that hold text.
    public enum TextField: String, Sendable, CaseIterable {
        case title, abstract, author
    }

    /// Paper states for `is:`.
    public enum PaperState: String, Sendable, CaseIterable {
        case starred, read, unread, tagged, noted
    }

    /// A comparison of years.
    public enum YearComparison: Sendable, Equatable {
        case equal(Int), before(Int), after(Int), atMost(Int), atLeast(Int), between(Int, Int)
    }
}
