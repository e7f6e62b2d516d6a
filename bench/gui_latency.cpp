// Keystroke-to-results latency of the GUI on an existing archive: the real MainWindow (offscreen), queries typed a
// character at a time at typing speed, for a fixed mix of queries. Three figures, p50/p95 over the runs:
//   first   the first keystroke after a pause -> the first results in the list (searched at once)
//   final   the last keystroke -> the results of the whole query (after the 150 ms typing pause)
//   enter   Enter on a typed query -> its results (no pause)
// plus the longest time the GUI thread was busy between two timer ticks (what a user sees as a stall).
//
//   gui_latency ARCHIVE [--runs N] [--key-interval MS]

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "main_window.hpp"

using namespace bulletin;

namespace {
struct Timing final {
    double p50 = 0, p95 = 0;
};

Timing percentiles(std::vector<double> ms) {
    if (ms.empty()) return {};
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

// Runs the event loop until `done` or `timeoutMs`; true when done. It sleeps between events: a spinning loop
// would take one of the machine's cores from the archive thread it measures.
template <typename Done>
bool waitUntil(Done&& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    QTimer wake;  // so that the wait notices the timeout even when nothing else happens
    wake.start(2);
    while (!done()) {
        if (t.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void idle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
}  // namespace

// The offscreen platform says so each time the completer's popup opens; nothing to do with what is measured.
void quietPlatformNotes(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(QStringLiteral("This plugin does not support"))) return;
    qt_message_output(type, context, message);
}

int main(int argc, char** argv) {
    qInstallMessageHandler(quietPlatformNotes);
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BulletinBench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: gui_latency ARCHIVE [--runs N] [--key-interval MS]\n");
        return 2;
    }
    int runs = 10, keyInterval = 80;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--runs") runs = std::atoi(argv[i + 1]);
        if (std::string(argv[i]) == "--key-interval") keyInterval = std::atoi(argv[i + 1]);
    }
    app::MainWindow window;
    window.setProperty("quietDialogs", true);
    window.resize(1400, 850);
    QSignalSpy opened(&window, &app::MainWindow::archiveOpened);
    QSignalSpy completed(&window, &app::MainWindow::searchCompleted);
    if (!window.openArchive(QString::fromLocal8Bit(argv[1]))) return 2;
    window.show();
    if (!waitUntil([&] { return completed.count() > 0; }, 120000)) {
        std::fprintf(stderr, "the archive did not open\n");
        return 2;
    }
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));

    // Stalls: a 5 ms timer that records how late it fires; the GUI thread was busy for the lateness.
    QElapsedTimer tickClock;
    tickClock.start();
    qint64 lastTick = 0;
    double worstStall = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = tickClock.elapsed();
        worstStall = std::max(worstStall, static_cast<double>(now - lastTick - 5));
        lastTick = now;
    });

    QElapsedTimer clock;
    clock.start();
    qint64 firstShown = -1, completedAt = -1;
    QObject::connect(&window, &app::MainWindow::resultsShown, [&] {
        if (firstShown < 0) firstShown = clock.elapsed();
    });
    // searchCompleted only comes for the text the field holds: after the last keystroke, the whole query's.
    QObject::connect(&window, &app::MainWindow::searchCompleted, [&] { completedAt = clock.elapsed(); });
    const std::vector<std::string> mix{"meeting", "fraud sentencing", "Karachi", "terror*", "agency:OCDA",
                                       "person:Nguyen", "\"district attorney\"", "date:2019 meeting"};
    std::printf("keystroke to results, %d runs of %zu queries typed at %d ms per key, on %s\n", runs, mix.size(),
                keyInterval, argv[1]);
    std::printf("%-22s %17s %17s %17s\n", "query", "first p50/p95 ms", "final p50/p95 ms", "enter p50/p95 ms");
    std::vector<double> allFirst, allFinal, allEnter;
    for (const auto& query : mix) {
        std::vector<double> first, final, enter;
        for (int run = 0; run < runs + 1; ++run) {  // run 0 warms caches and is not counted
            edit->clear();
            completed.clear();
            waitUntil([&] { return completed.count() > 0; }, 30000);
            idle(400);  // a pause: the next keystroke searches at once
            if (run == 1) {
                lastTick = tickClock.elapsed();
                ticker.start(5);
            }
            completed.clear();
            firstShown = -1;
            const qint64 start = clock.elapsed();
            qint64 last = start;
            for (const QChar c : QString::fromStdString(query)) {
                last = clock.elapsed();
                QTest::keyClick(edit, c.toLatin1());
                completedAt = -1;  // the search this keystroke started has not answered yet
                idle(keyInterval);
            }
            if (!waitUntil([&] { return completedAt >= 0; }, 30000)) {
                std::fprintf(stderr, "no results for %s\n", query.c_str());
                return 1;
            }
            const qint64 done = completedAt;
            // Enter on the typed query searches it again at once.
            idle(300);
            completed.clear();
            const qint64 enterAt = clock.elapsed();
            completedAt = -1;
            QTest::keyClick(edit, Qt::Key_Return);
            waitUntil([&] { return completedAt >= 0; }, 30000);
            const qint64 enterDone = completedAt;
            if (run == 0) continue;
            first.push_back(static_cast<double>(firstShown - start));
            final.push_back(static_cast<double>(done - last));
            enter.push_back(static_cast<double>(enterDone - enterAt));
        }
        const auto f = percentiles(first), l = percentiles(final), e = percentiles(enter);
        std::printf("%-22s %8.0f / %-6.0f %8.0f / %-6.0f %8.0f / %-6.0f\n", query.c_str(), f.p50, f.p95, l.p50, l.p95,
                    e.p50, e.p95);
        allFirst.insert(allFirst.end(), first.begin(), first.end());
        allFinal.insert(allFinal.end(), final.begin(), final.end());
        allEnter.insert(allEnter.end(), enter.begin(), enter.end());
    }
    const auto f = percentiles(allFirst), l = percentiles(allFinal), e = percentiles(allEnter);
    std::printf("%-22s %8.0f / %-6.0f %8.0f / %-6.0f %8.0f / %-6.0f\n", "all", f.p50, f.p95, l.p50, l.p95, e.p50, e.p95);
    std::printf("longest GUI-thread stall while typing and showing results: %.0f ms\n", worstStall);
    return 0;
}
