// Screenshots of the real window at 1,280 × 800 on an X server, checked by
// measuring them: the failure page (the message first, Retry and Cancel
// beside it, the history keeps its rows) and the story graph dock (node
// labels drawn at least as large as the UI's text, nodes staying where they
// were between turns). The PNGs are kept in <build>/x11-screenshots (or
// $COACH_X11_SCREENSHOTS) for a look by eye.
#include "coachonx11.h"
#include "graphview/graphcanvas.h"
#include "graphview/graphcontroller.h"
#include "graphview/graphpanel.h"
#include "mainwindow.h"

#include "fakerasa/fakerasaserver.h"
#include "graph/graphlayout.h"
#include "graph/graphservice.h"

#include <QDir>
#include <QDockWidget>
#include <QFontInfo>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;
using Page = CoachOnX11::Page;

namespace {

QString screenshotFolder()
{
    const QString folder = qEnvironmentVariableIsEmpty("COACH_X11_SCREENSHOTS")
        ? QStringLiteral(COACH_BINARY_DIR) + u"/x11-screenshots"_s
        : qEnvironmentVariable("COACH_X11_SCREENSHOTS");
    QDir().mkpath(folder);
    return folder;
}

//! Height of the dark pixels (text) inside `area` of `image`.
int inkHeight(const QImage &image, const QRect &area)
{
    int top = -1;
    int bottom = -1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (QColor(image.pixel(x, y)).lightness() < 110) {
                top = top < 0 ? y : top;
                bottom = y;
                break;
            }
        }
    }
    return top < 0 ? 0 : bottom - top + 1;
}

//! The same text drawn in `font`, measured the same way.
int inkHeightOf(const QString &text, const QFont &font)
{
    QImage image(400, 80, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRect(0, 0, 400, 80), Qt::AlignCenter, text);
    painter.end();
    return inkHeight(image, image.rect());
}

//! Node boxes by a key that names one node in both graphs (kind, label,
//! source, event); keys that repeat are left out, and so are the markers
//! that move with every turn (the pending "?" and the "..." of cut paths).
QHash<QString, QRectF> boxesByKey(const RenderedGraph &graph)
{
    QHash<QString, QRectF> boxes;
    QSet<QString> repeated;
    for (const GraphNodeInfo &node : graph.nodes) {
        if (node.pending || node.dashed || node.kind == GraphNodeKind::Ellipsis
            || node.kind == GraphNodeKind::Waiting)
            continue;
        const QString key =
            u"%1|%2|%3|%4"_s.arg(int(node.kind)).arg(node.label, node.source).arg(node.eventIndex);
        if (boxes.contains(key))
            repeated.insert(key);
        boxes.insert(key, node.box);
    }
    for (const QString &key : repeated)
        boxes.remove(key);
    return boxes;
}

//! The node of the conversation's newest event (the one to follow).
int newestNode(const RenderedGraph &graph)
{
    int newest = -1;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const GraphNodeInfo &node = graph.nodes.at(i);
        if (node.active && node.eventIndex >= 0
            && (newest < 0 || node.eventIndex > graph.nodes.at(newest).eventIndex))
            newest = i;
    }
    return newest;
}

} // namespace

class TestX11Screenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void failurePage();
    void graphDock();

private:
    bool waitForGraph(int minimumNodes);
    void save(QWidget *widget, const QString &name);

    std::unique_ptr<CoachOnX11> m_app;
};

void TestX11Screenshots::init()
{
    m_app = std::make_unique<CoachOnX11>();
    QVERIFY2(m_app->start({1280, 800}), qPrintable(m_app->error()));
    QCOMPARE(m_app->window().size(), QSize(1280, 800));
    QVERIFY2(m_app->connectByKeyboard(), qPrintable(m_app->error()));
}

void TestX11Screenshots::cleanup()
{
    m_app.reset();
}

void TestX11Screenshots::save(QWidget *widget, const QString &name)
{
    const QString file = screenshotFolder() + u'/' + name;
    QVERIFY2(widget->grab().save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestX11Screenshots::failurePage()
{
    QTableView *history = m_app->window().historyView();
    QVERIFY2(m_app->say(u"hello"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->confirmUntilListening());
    const int listeningHeight = history->height();
    m_app->server().addFault(
        FakeRasa::Fault::httpError(u"POST"_s, u"/messages"_s, 500, u"ConversationError"_s,
                                   u"The tracker store could not save the conversation."_s));
    QVERIFY2(m_app->say(u"I am sad"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Failed));
    QVERIFY(m_app->waitFor([&] { return history->height() >= listeningHeight * 9 / 10; }));

    PromptArea *prompt = m_app->window().promptArea();
    QLabel *message = nullptr;
    for (QLabel *label : prompt->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == prompt->failureText())
            message = label;
    }
    QVERIFY(message);
    QPushButton *retry = nullptr;
    for (QPushButton *button : prompt->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text().contains(u"Retry"_s))
            retry = button;
    }
    QVERIFY(retry);
    QWidget *window = &m_app->window();
    const QRect text(message->mapTo(window, QPoint(0, 0)), message->size());
    const QRect button(retry->mapTo(window, QPoint(0, 0)), retry->size());
    QVERIFY2(text.right() < button.left(), "the message comes first, the buttons beside it");
    QVERIFY2(std::abs(text.top() - button.top()) <= 12, "the message is level with Retry");
    QVERIFY2(message->height() >= message->heightForWidth(message->width()),
             "the whole message is shown");
    save(window, u"failure-page.png"_s);
}

bool TestX11Screenshots::waitForGraph(int minimumNodes)
{
    GraphPanel *panel = m_app->window().graphPanel();
    return m_app->waitFor([&] {
        return !m_app->window().graphController()->isDirty() && !panel->hasPendingResult()
            && !m_app->window().graphController()->service()->isBusy()
            && panel->graph().nodes.size() >= minimumNodes;
    });
}

void TestX11Screenshots::graphDock()
{
    QVERIFY(m_app->keys().press(u"ctrl+g"_s));
    QVERIFY(m_app->waitFor([&] {
        return m_app->window().graphPanel()->isVisible()
            && !m_app->window().graphPanel()->visibleRegion().isEmpty();
    }));
    QVERIFY(m_app->waitForFocus(m_app->window().graphPanel()->canvas()));
    QVERIFY(m_app->keys().press(u"Escape"_s)); // back to the conversation
    QVERIFY2(m_app->say(u"hello"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->confirmUntilListening());
    QVERIFY(waitForGraph(3));
    const QHash<QString, QRectF> before = boxesByKey(m_app->window().graphPanel()->graph());

    QVERIFY2(m_app->say(u"I am great"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->confirmUntilListening());
    QVERIFY(waitForGraph(int(before.size()) + 1));
    GraphCanvas *canvas = m_app->window().graphPanel()->canvas();

    // Nodes drawn after the first turn are still where they were.
    const QHash<QString, QRectF> after = boxesByKey(m_app->window().graphPanel()->graph());
    int kept = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            continue;
        QCOMPARE(after.value(it.key()), it.value());
        ++kept;
    }
    QVERIFY2(kept >= 3, qPrintable(QString::number(kept)));

    save(&m_app->window(), u"graph-dock.png"_s);
    save(m_app->window().graphDock(), u"graph-dock-only.png"_s);
    // The whole graph too, to judge the layout by eye.
    QVERIFY(GraphPanel::writeGraph(canvas->graph(), GraphPanel::ExportFormat::Png,
                                   screenshotFolder() + u"/graph-whole.png"_s));
    // Labels at least as large as the UI font: by the zoom, and in pixels.
    const int uiPixels = QFontInfo(canvas->font()).pixelSize();
    const double labelPixels = GraphMetrics::FontSize * canvas->zoom();
    QVERIFY2(labelPixels >= uiPixels, qPrintable(u"%1 < %2"_s.arg(labelPixels).arg(uiPixels)));
    const int node = newestNode(canvas->graph());
    QVERIFY(node >= 0);
    const GraphNodeInfo &info = canvas->graph().nodes.at(node);
    const QRect onScreen =
        QRectF(canvas->toWidget(info.box.topLeft()), canvas->toWidget(info.box.bottomRight()))
            .toAlignedRect()
            .adjusted(5, 5, -5, -5)
            .intersected(canvas->rect());
    QVERIFY(!onScreen.isEmpty());
    const QImage shot = canvas->grab().toImage();
    const int drawn = inkHeight(shot, onScreen);
    const int reference = inkHeightOf(info.label, canvas->font());
    QVERIFY2(drawn >= reference * 9 / 10,
             qPrintable(u"label %1 px high, UI text %2 px"_s.arg(drawn).arg(reference)));
}

QTEST_MAIN(TestX11Screenshots)
#include "tst_x11screenshots.moc"
