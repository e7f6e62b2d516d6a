#pragma once
// Shared by the GUI tests: a sample archive, a main window open on it, waiting for its searches.

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <filesystem>

#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "main_window.hpp"
#include "support/test_support.hpp"

namespace bulletin::test {

// The sample releases ingested (with extraction) into dir/a.bulletin.
inline void ingestSamples(const TempDir& dir) {
    copySamples(dir / "in");
    store::Archive archive(dir / "a.bulletin");
    std::atomic<bool> cancel{false};
    ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
}

// Waits for the window's next completed search and returns its total (-1: the query did not run).
inline qint64 waitForSearch(QSignalSpy& spy) {
    REQUIRE((spy.count() > 0 || spy.wait(5000)));
    const auto total = spy.takeLast().at(0).toLongLong();
    spy.clear();
    return total;
}

// After an ingest: the total the window's searches reach. The lists follow an ingest as it commits, so searches of
// its partial results may still arrive after it finished; the final one (issued when it finished) comes last.
inline qint64 waitForTotal(QSignalSpy& spy, qint64 expected, int ms = 20000) {
    qint64 last = -1;
    (void)QTest::qWaitFor([&] {  // (the caller checks the total it returns)
        if (spy.count() > 0) last = spy.takeLast().at(0).toLongLong();
        spy.clear();
        return last == expected;
    }, ms);
    return last;
}

// The search limits a team server sets (BULLETIN_SEARCH_LIMITS, "CAP,ABOVE[,SAMPLE]") for the life of this object.
struct ScopedSearchLimits final {
    explicit ScopedSearchLimits(const char* limits) { qputenv("BULLETIN_SEARCH_LIMITS", limits); }
    ~ScopedSearchLimits() { qunsetenv("BULLETIN_SEARCH_LIMITS"); }
    ScopedSearchLimits(const ScopedSearchLimits&) = delete;
    ScopedSearchLimits& operator=(const ScopedSearchLimits&) = delete;
};

// A main window open on an archive (quiet: no modal dialogs), after its first search.
struct OpenWindow final {
    app::MainWindow window;
    QSignalSpy searched{&window, &app::MainWindow::searchCompleted};
    qint64 firstTotal = 0;
    explicit OpenWindow(const std::filesystem::path& archive) {
        window.setProperty("quietDialogs", true);
        REQUIRE(window.openArchive(QString::fromStdString(archive.string())));
        window.show();
        firstTotal = waitForSearch(searched);
    }
    QLineEdit* searchEdit() const { return window.findChild<QLineEdit*>(QStringLiteral("searchEdit")); }
};

}  // namespace bulletin::test
