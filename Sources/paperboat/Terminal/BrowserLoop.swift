import Foundation
import PaperboatCore
import PaperboatUI

/// The run loop: read an event, update the model, draw once if anything changed.
enum BrowserLoop {
    /// Runs the browser on `store` until the user quits or a signal arrives.
    /// The terminal is restored on every path out.
    static func run(store: PaperStore, related: (@Sendable () throws -> RelatedLookup)?, config: BrowserConfig,
                    rankAtOnce: Int = 20_000, startMessage: StatusMessage?) throws {
        SignalFlag.install()
        let backend = try NcursesBackend(monochrome: config.monochrome, colors: config.colors)
        defer { backend.stop() }
        let size = backend.size
        var model = try BrowserModel(store: store, height: size.height, width: size.width, keyMap: config.keyMap,
                                     relatedEnabled: related != nil)
        model.asciiArt = config.ascii
        model.start(oldestFirst: config.oldestFirst, hidingRead: config.hideRead)
        model.rankNowLimit = max(0, rankAtOnce)
        let worker = related.map { RelatedWorker(loading: $0) }
        let ranker = RankingWorker(store: store)
        if let startMessage { model.show(startMessage) }
        var dirty = true
        var outside = OutsideChangeWatch(store: store)
        while !model.wantsQuit && SignalFlag.received == 0 {
            model.tick(now: Date().timeIntervalSince1970)
            let seen = outside.check(now: Date())
            if seen.library { model.libraryChangedOutside(); dirty = true }
            if seen.index, let worker {
                worker.reload { RelatedLookup(index: try RelatedIndexStore(store: store).current().0, store: store) }
                model.relatedIndexReloaded()
                dirty = true
            }
            if let id = model.takeNoteEdit() {
                backend.suspend()
                do {
                    let edited = try NoteEditor.edit(try store.note(of: id) ?? "")
                    backend.resume()
                    model.finishNoteEdit(id: id, body: edited)
                } catch {
                    backend.resume()
                    model.show(StatusMessage("\(error)", kind: .error))
                }
                dirty = true
            }
            if let url = model.takeLinkRequest() {
                backend.suspend()
                do {
                    try LinkOpener.open(url)
                    backend.resume()
                    model.show(StatusMessage("Opened \(url)"))
                } catch {
                    backend.resume()
                    model.show(StatusMessage("\(error)", kind: .error))
                }
                dirty = true
            }
            if let text = model.takeClipboardRequest() {
                do {
                    let route = try Clipboard.copy(text)
                    if route == .tmux, let shown = model.message?.text { model.show(StatusMessage(shown + " (tmux buffer and clipboard)")) }
                } catch {
                    model.show(StatusMessage("\(error)", kind: .error))
                }
                dirty = true
            }
            if let request = model.takeRankingRequest() { ranker.request(request) }
            if let query = model.takeCountRequest() { ranker.requestCount(query) }
            for (query, answer) in ranker.takeRankings() {
                switch answer {
                case let .success(ranking): model.receiveRanking(for: query, ids: ranking.ids, count: ranking.count)
                case let .failure(error): model.rankingFailed(for: query, error)
                }
                dirty = true
            }
            for (query, answer) in ranker.takeCounts() {
                switch answer {
                case let .success(count): model.receiveCount(for: query, count: count)
                case let .failure(error): model.show(StatusMessage("counting: \(error)", kind: .error))
                }
                dirty = true
            }
            if let id = model.takeRelatedRequest() { worker?.request(id) }
            if let wanted = model.takeRecommendationRequest() { worker?.requestRecommendations(wanted) }
            for (request, answer) in worker?.takeRecommendations() ?? [] {
                switch answer {
                case let .success(rows): model.receiveRecommendations(for: request, rows: rows)
                case let .failure(error): model.show(StatusMessage("recommendations: \(error)", kind: .error))
                }
                dirty = true
            }
            if let graph = model.takeGraphRequest() { worker?.requestGraph(origin: graph.origin, depth: graph.depth, breadth: graph.breadth) }
            for answer in worker?.takeGraphAnswers() ?? [] {
                switch answer {
                case let .success(graph): model.receiveGraph(graph)
                case let .failure(error): model.show(StatusMessage("graph: \(error)", kind: .error))
                }
                dirty = true
            }
            if let why = model.takeWhyRequest() { worker?.requestWhy(why) }
            for (request, answer) in worker?.takeWhyAnswers() ?? [] {
                switch answer {
                case let .success(row): model.receiveWhy(for: request, row: row)
                case let .failure(error): model.show(StatusMessage("why related: \(error)", kind: .error))
                }
                dirty = true
            }
            for (id, answer) in worker?.takeAnswers() ?? [] {
                switch answer {
                case let .success(rows): model.receiveRelated(for: id, rows: rows)
                case let .failure(error): model.show(StatusMessage("related papers: \(error)", kind: .error))
                }
                dirty = true
            }
            if dirty {
                backend.present(BrowserView.render(model))
                dirty = false
            }
            // Wake soon while an answer is awaited; otherwise only for keys and signals.
            let wasRead = model.detail?.readAt != nil
            let awaiting = model.related.isLoading || model.graph?.isLoading == true || model.isRanking || model.countAwaited != nil
            guard let event = backend.nextEvent(timeout: awaiting ? 15 : 250) else {
                model.tick(now: Date().timeIntervalSince1970)
                if (model.detail?.readAt != nil) != wasRead { dirty = true }
                continue
            }
            switch event {
            case .resize:
                let size = backend.size
                model.resize(height: size.height, width: size.width)
            case .key(.control("l")):
                backend.invalidate()
            case let .key(key):
                if model.layout.arrangement == .tooSmall, key == .character("q") {
                    return
                }
                model.handle(key)
            }
            dirty = true
        }
    }
}
