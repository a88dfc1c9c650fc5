extension Paper {
    /// The paper's arXiv abstract page, when it has an arXiv id.
    public var arxivPageURL: String? { arxivId.map { "https://arxiv.org/abs/\($0)" } }

    /// The paper's PDF on arXiv, when it has an arXiv id.
    public var arxivPDFURL: String? { arxivId.map { "https://arxiv.org/pdf/\($0)" } }
}
