import Foundation
import PaperboatCore
@testable import PaperboatUI

/// Libraries and helpers for the view-model tests.
enum UIFixtures {
    /// A fixed clock, so snapshots never depend on today.
    static let epoch = Date(timeIntervalSince1970: 1_700_000_000)

    /// A small library with wide characters, a long abstract and a hostile title.
    static func library() throws -> PaperStore {
        let store = try PaperStore.inMemory()
        var drafts = [
            PaperDraft(arxivId: "2401.00001", title: "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
                       abstract: String(repeating: "Foundation models now power most of the exciting applications in deep learning. ", count: 8),
                       authors: ["Albert Gu", "Tri Dao"], categories: ["cs.LG", "cs.AI"], date: "2024-01-05"),
            PaperDraft(arxivId: "2401.00002", title: "漢字の論文: 幅の広い文字のテスト", abstract: "日本語の要旨。",
                       authors: ["山田太郎"], categories: ["cs.CL"], date: "2024-01-04"),
            PaperDraft(title: "Evil \u{1B}[31mred\u{1B}[0m title \u{202E}reversed\u{9B}2J",
                       abstract: "Hostile \u{1B}]0;pwned\u{07}abstract.", date: "2024-01-03"),
            PaperDraft(title: "Pointer Networks", abstract: "We introduce a new neural architecture.", date: "--09-08"),
        ]
        for i in 1...40 {
            drafts.append(PaperDraft(title: "Filler paper number \(i) about diffusion models", abstract: "Abstract \(i).",
                                     authors: ["Author \(i)"], date: "2023-12-\(i < 10 ? "0" : "")\(min(i, 28))"))
        }
        _ = try store.importDrafts(drafts, source: "fixture.jsonl", now: epoch)
        return store
    }

    /// A browser on the fixture library.
    static func browser(height: Int, width: Int, pageSize: Int = 200) throws -> BrowserModel {
        try BrowserModel(store: try library(), height: height, width: width, pageSize: pageSize)
    }
}
