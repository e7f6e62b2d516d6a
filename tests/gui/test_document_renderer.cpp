// The document pane's HTML under a light and a dark colour scheme: highlights follow the palette.

#include <QApplication>
#include <QPalette>
#include <QTest>
#include <QTextBrowser>

#include "document_renderer.hpp"
#include "gui_support.hpp"
#include "main_window.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {

app::LoadedDocument sample() {
    app::LoadedDocument d;
    d.document.title = "Minister meets envoy";
    d.document.body = "Dana Whitlock and Omar Pell of the Harwick Police met in Lahore.";
    d.document.path = "/tmp/release.txt";
    d.document.encoding = "UTF-8";
    const std::size_t body = d.document.title.size() + 2;
    d.mentions = {{1, "person", "Dana Whitlock", static_cast<std::int64_t>(body), static_cast<std::int64_t>(body + 13),
                   "person.list", 0.9},
                  {2, "person", "Omar Pell", static_cast<std::int64_t>(body + 18), static_cast<std::int64_t>(body + 27),
                   "person.list", 0.9},
                  {3, "agency", "Harwick Police", static_cast<std::int64_t>(body + 35),
                   static_cast<std::int64_t>(body + 49), "agency.head_word", 0.8}};
    return d;
}

// Restores the application's palette when the test ends.
struct PaletteScope final {
    QPalette saved = QApplication::palette();
    explicit PaletteScope(const QPalette& p) { QApplication::setPalette(p); }
    ~PaletteScope() { QApplication::setPalette(saved); }
    PaletteScope(const PaletteScope&) = delete;
    PaletteScope& operator=(const PaletteScope&) = delete;
};

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

}  // namespace

TEST_CASE("highlights follow the palette: deep colours under light text on a dark scheme", "[gui][renderer]") {
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QString lightHtml;
    {
        const PaletteScope scope(light);
        lightHtml = app::renderDocumentHtml(sample(), {QStringLiteral("Lahore")}, false);
        CHECK(lightHtml.contains(QStringLiteral("color:#000000")));
        CHECK(lightHtml.contains(app::currentHighlightColours().person.name()));
    }
    const PaletteScope scope(darkPalette());
    const auto colours = app::currentHighlightColours();
    CHECK(colours.person.lightness() < 128);
    CHECK(colours.agency.lightness() < 128);
    CHECK(colours.hit.lightness() < 128);
    CHECK(colours.text == QColor(0xe8, 0xe8, 0xe8));
    const QString html = app::renderDocumentHtml(sample(), {QStringLiteral("Lahore")}, false);
    CHECK_FALSE(html.contains(QStringLiteral("color:#000000")));  // no black text on the dark scheme
    CHECK(html.contains(QStringLiteral("background-color:%1;color:#e8e8e8").arg(colours.person.name())));
    CHECK(html.contains(QStringLiteral("background-color:%1;color:#e8e8e8").arg(colours.hit.name())));
    CHECK(html != lightHtml);
}

TEST_CASE("switching to a dark scheme redraws the open release with the dark highlights", "[gui][renderer]") {
    test::TempDir dir;
    test::ingestSamples(dir);
    test::OpenWindow open(dir / "a.bulletin");
    auto* view = open.window.findChild<QTextBrowser*>(QStringLiteral("documentView"));
    REQUIRE(view);
    REQUIRE(QTest::qWaitFor([&] { return view->toPlainText().size() > 200; }, 30000));
    const QString lightPerson = app::currentHighlightColours().person.name();
    const PaletteScope scope(darkPalette());
    const QString darkPerson = app::currentHighlightColours().person.name();
    REQUIRE(darkPerson != lightPerson);
    CHECK(QTest::qWaitFor([&] { return view->toHtml().contains(darkPerson); }, 2000));
    CHECK_FALSE(view->toHtml().contains(lightPerson));
}
