#include "actionpanel.h"
#include "annotationpanel.h"
#include "choicelist.h"
#include "conversationmodel.h"
#include "filedialog.h"
#include "graphview/graphcanvas.h"
#include "graphview/graphcontroller.h"
#include "graphview/graphpanel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "messageinput.h"
#include "promptarea.h"
#include "settings.h"

#include "fakerasa/fakerasaserver.h"
#include "graph/graphservice.h"
#include "session/interactivesession.h"
#include "session/sessiondocument.h"
#include "session/sessionrecovery.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFontInfo>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {
constexpr int Timeout = 15000;
using Page = PromptArea::Page;

QString moodbot()
{
    return QStringLiteral(COACH_SOURCE_DIR) + u"/resources/examples/moodbot"_s;
}

//! Index of the first node matching, -1 if none.
int findNode(const RenderedGraph &graph, const std::function<bool(const GraphNodeInfo &)> &match)
{
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (match(graph.nodes.at(i)))
            return i;
    }
    return -1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestGraphPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void liveGraphFollowsTheSession();
    void clickOnUserMessageForksAfterAsking();
    void exportsSvgPngAndDot();
    void zoomPanAndFit();
    void hiddenPanelCatchesUpWhenShown();
    void bigProjectShowsNeighbourhoodAndSays();
    void unreadableProjectIsAWarningNotACrash();

private:
    void hideGraph(MainWindow &window);
    void openGraph(MainWindow &window);
    void connectWindow(MainWindow &window, const QString &conversationId);
    void say(MainWindow &window, const QString &text);
    //! Shows the graph, connects and has one confirmed turn ("hello").
    void startTalking(MainWindow &window, const QString &conversationId);
    void confirmUntilListening(MainWindow &window);
    //! Waits until the panel shows a graph made after every change so far.
    bool waitForFreshGraph(MainWindow &window);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeRasa::FakeRasaServer> m_server;
};

void TestGraphPanel::initTestCase()
{
    MessageBox::setDefaultAnswer(QMessageBox::No);
}

void TestGraphPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = Settings::createTemporary();
    Settings::setInstance(m_settings.get());
    SessionRecovery::setDirectory(m_dir->filePath(u"recovery"_s));
    m_server = std::make_unique<FakeRasa::FakeRasaServer>();
    const Status loaded = m_server->loadBot(moodbot());
    QVERIFY2(loaded, qPrintable(loaded.error().toString()));
    QVERIFY(m_server->listen() != 0);
}

void TestGraphPanel::cleanup()
{
    m_server.reset();
    Settings::setInstance(nullptr);
    m_settings.reset();
    SessionRecovery::setDirectory({});
}

void TestGraphPanel::hideGraph(MainWindow &window)
{
    // Ctrl+G brings a graph behind a tab to the front, and hides one in front.
    for (int i = 0; i < 2 && window.graphDock()->isVisible(); ++i)
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    QVERIFY(!window.graphDock()->isVisible());
    QVERIFY(!window.action(MainWindow::ActionId::ToggleGraph)->isChecked());
}

void TestGraphPanel::openGraph(MainWindow &window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    hideGraph(window);
    QVERIFY(!window.graphPanel()->isVisible());
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    QVERIFY(window.graphPanel()->isVisible());
    QVERIFY(!window.graphPanel()->visibleRegion().isEmpty());
    QVERIFY(window.action(MainWindow::ActionId::ToggleGraph)->isChecked());
    QCOMPARE(window.graphDock()->accessibleName(), u"Story graph"_s);
}

void TestGraphPanel::connectWindow(MainWindow &window, const QString &conversationId)
{
    ConnectionSettings settings;
    settings.serverUrl = m_server->url();
    settings.conversationId = conversationId;
    const Status status = window.connectToServer(settings, moodbot());
    QVERIFY2(status, qPrintable(status.error().toString()));
    QVERIFY(QTest::qWaitFor([&] { return window.promptArea()->page() == Page::Message; }, Timeout));
}

void TestGraphPanel::say(MainWindow &window, const QString &text)
{
    MessageInput *input = window.promptArea()->messageInput();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(
        QTest::qWaitFor([&] { return window.promptArea()->page() == Page::Annotation; }, Timeout));
    QTest::keyClick(window.promptArea()->annotationPanel()->intentList()->filterEdit(),
                    Qt::Key_Return);
}

void TestGraphPanel::startTalking(MainWindow &window, const QString &conversationId)
{
    openGraph(window);
    connectWindow(window, conversationId);
    say(window, u"hello"_s);
    confirmUntilListening(window);
}

void TestGraphPanel::confirmUntilListening(MainWindow &window)
{
    for (int step = 0; step < 10 && window.promptArea()->page() != Page::Message; ++step) {
        QVERIFY(QTest::qWaitFor(
            [&] {
                const Page page = window.promptArea()->page();
                return page == Page::Action || page == Page::Message;
            },
            Timeout));
        if (window.promptArea()->page() == Page::Action)
            QTest::keyClick(window.promptArea()->actionPanel()->choiceList()->filterEdit(),
                            Qt::Key_Return);
    }
    QVERIFY(QTest::qWaitFor([&] { return window.promptArea()->page() == Page::Message; }, Timeout));
}

bool TestGraphPanel::waitForFreshGraph(MainWindow &window)
{
    GraphController *controller = window.graphController();
    // The panel coalesces results for a few tens of ms: wait for it too.
    return QTest::qWaitFor(
        [&] {
            return !controller->isDirty() && !controller->service()->isBusy()
                && !window.graphPanel()->hasPendingResult()
                && !window.graphPanel()->graph().nodes.isEmpty();
        },
        Timeout);
}

void TestGraphPanel::liveGraphFollowsTheSession()
{
    MainWindow window;
    openGraph(window);
    connectWindow(window, u"graph-live"_s);
    QVERIFY(waitForFreshGraph(window));
    const RenderedGraph &graph = window.graphPanel()->graph();
    // The training stories of the project are drawn (moodbot: greet → utter_greet …).
    QVERIFY(findNode(graph, [](const GraphNodeInfo &n) { return n.label == u"utter_cheer_up"_s; })
            >= 0);
    QVERIFY(findNode(graph, [](const GraphNodeInfo &n) { return n.kind == GraphNodeKind::Start; })
            >= 0);
    QVERIFY(window.graphPanel()->statusText().contains(u"training paths"_s));

    // Before the bot's action is confirmed, the predicted action is drawn as pending.
    say(window, u"hello"_s);
    QVERIFY(QTest::qWaitFor([&] { return window.promptArea()->page() == Page::Action; }, Timeout));
    QVERIFY(waitForFreshGraph(window));
    const int pending =
        findNode(window.graphPanel()->graph(), [](const GraphNodeInfo &n) { return n.pending; });
    QVERIFY(pending >= 0);
    QCOMPARE(window.graphPanel()->graph().nodes.at(pending).label,
             window.promptArea()->actionPanel()->question().action);

    // After the turn, the message is an active node of this conversation that knows its event.
    confirmUntilListening(window);
    QVERIFY(waitForFreshGraph(window));
    const RenderedGraph &after = window.graphPanel()->graph();
    const int hello = findNode(after, [](const GraphNodeInfo &n) {
        return n.kind == GraphNodeKind::Intent && n.conversation >= 0 && n.intent == u"greet"_s;
    });
    QVERIFY(hello >= 0);
    QVERIFY(after.nodes.at(hello).active);
    const EventList &events =
        window.document()->conversation(after.nodes.at(hello).conversation).events;
    QCOMPARE(events.at(after.nodes.at(hello).eventIndex).text(), u"hello"_s);
    QCOMPARE(findNode(after,
                      [](const GraphNodeInfo &n) {
                          return n.pending && n.kind == GraphNodeKind::Action;
                      }),
             -1);
}

void TestGraphPanel::clickOnUserMessageForksAfterAsking()
{
    MainWindow window;
    startTalking(window, u"graph-fork"_s);
    say(window, u"I am happy"_s);
    confirmUntilListening(window);
    QVERIFY(waitForFreshGraph(window));
    const int rowsBefore = window.conversationModel()->rowCount();

    GraphCanvas *canvas = window.graphPanel()->canvas();
    const auto nodeOf = [&](const QString &text) {
        const RenderedGraph &graph = window.graphPanel()->graph();
        const EventList &events = window.document()->conversation(0).events;
        return findNode(graph, [&](const GraphNodeInfo &n) {
            return n.kind == GraphNodeKind::Intent && n.conversation == 0 && n.eventIndex >= 0
                && events.at(n.eventIndex).text() == text;
        });
    };
    const auto clickMessage = [&](const QString &text) {
        const int node = nodeOf(text);
        QVERIFY(node >= 0);
        canvas->centerOn(node);
        const QRectF box = window.graphPanel()->graph().nodes.at(node).box;
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->toWidget(box.center()).toPoint());
    };
    QSignalSpy failed(window.graphController(), &GraphController::commandFailed);

    // "No" keeps the conversation as it is.
    MessageBox::resetCounters();
    MessageBox::setNextAnswer(QMessageBox::No);
    clickMessage(u"I am happy"_s);
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(u"I am happy"_s));
    // A fork would have started at once (it posts its events before returning).
    QCOMPARE(window.session()->state(), InteractiveSession::State::AwaitingUserMessage);
    QCOMPARE(window.conversationModel()->rowCount(), rowsBefore);

    // "Yes" forks before the message: it and what followed leave the history.
    // (QTest spaces the two clicks' timestamps: no double click.)
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickMessage(u"I am happy"_s);
    QCOMPARE(MessageBox::shownCount(), 2);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(QTest::qWaitFor([&] { return window.conversationModel()->rowCount() < rowsBefore; },
                            Timeout));
    QVERIFY(QTest::qWaitFor([&] { return window.promptArea()->page() == Page::Message; }, Timeout));
    QVERIFY(waitForFreshGraph(window));
    // The forked-away message is no longer on the current path.
    const int old = nodeOf(u"I am happy"_s);
    QVERIFY(old < 0 || !window.graphPanel()->graph().nodes.at(old).active);
}

void TestGraphPanel::exportsSvgPngAndDot()
{
    MainWindow window;
    startTalking(window, u"graph-export"_s);
    QVERIFY(waitForFreshGraph(window));

    auto *button = window.graphPanel()->findChild<QToolButton *>();
    QToolButton *exportButton = nullptr;
    for (QToolButton *candidate : window.graphPanel()->findChildren<QToolButton *>()) {
        if (candidate->menu())
            exportButton = candidate;
    }
    QVERIFY(button && exportButton && exportButton->isEnabled());
    const QList<QAction *> formats = exportButton->menu()->actions();
    QCOMPARE(formats.size(), 3);
    QSignalSpy exported(window.graphPanel(), &GraphPanel::exported);

    const QString svgPath = m_dir->filePath(u"graph.svg"_s);
    FileDialog::setNextFileName(svgPath);
    formats.at(0)->trigger();
    QCOMPARE(exported.size(), 1);
    const QByteArray svg = readAll(svgPath);
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(QSvgRenderer(svg).isValid());
    QVERIFY(svg.contains("utter_greet"));
    QVERIFY(svg.contains("hello")); // the conversation's message

    const QString pngPath = m_dir->filePath(u"graph.png"_s);
    FileDialog::setNextFileName(pngPath);
    formats.at(1)->trigger();
    const QImage png(pngPath);
    QVERIFY(!png.isNull());
    QVERIFY(png.width() >= window.graphPanel()->graph().size.width());

    const QString dotPath = m_dir->filePath(u"graph.dot"_s);
    FileDialog::setNextFileName(dotPath);
    formats.at(2)->trigger();
    const QByteArray dot = readAll(dotPath);
    QVERIFY(dot.startsWith("digraph"));
    QVERIFY(dot.contains("utter_greet"));
    QCOMPARE(exported.size(), 3);

    // Cancelling the dialog writes nothing; an unwritable path says why.
    FileDialog::setNextFileName({});
    QVERIFY(!window.graphPanel()->exportGraph(GraphPanel::ExportFormat::Svg));
    QSignalSpy failed(window.graphPanel(), &GraphPanel::exportFailed);
    FileDialog::setNextFileName(m_dir->filePath(u"missing/folder/graph.svg"_s));
    QVERIFY(!window.graphPanel()->exportGraph(GraphPanel::ExportFormat::Svg));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(exported.size(), 3);
}

void TestGraphPanel::zoomPanAndFit()
{
    MainWindow window;
    openGraph(window);
    connectWindow(window, u"graph-zoom"_s);
    QVERIFY(waitForFreshGraph(window));
    GraphCanvas *canvas = window.graphPanel()->canvas();
    const QSizeF size = window.graphPanel()->graph().size;
    const auto fits = [&] {
        const QPointF topLeft = canvas->toWidget({0, 0});
        const QPointF bottomRight = canvas->toWidget({size.width(), size.height()});
        return QRectF(canvas->rect()).adjusted(-1, -1, 1, 1).contains(QRectF(topLeft, bottomRight));
    };
    // The view follows the conversation with labels as large as the UI text.
    QVERIFY(canvas->isFollowing());
    QVERIFY(canvas->labelPixelSize() >= QFontInfo(canvas->font()).pixelSize());
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(fits());
    QVERIFY(!canvas->isFollowing());
    const double fitted = canvas->zoom();

    QTest::keyClick(canvas, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(canvas->zoom() > fitted);
    const QPointF before = canvas->toWidget({0, 0});
    QTest::keyClick(canvas, Qt::Key_Left);
    QVERIFY(canvas->toWidget({0, 0}).x() > before.x());
    QTest::keyClick(canvas, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(canvas->zoom(), fitted);
    QVERIFY(fits());
    QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(canvas->zoom() < fitted);
}

void TestGraphPanel::hiddenPanelCatchesUpWhenShown()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    hideGraph(window);
    connectWindow(window, u"graph-hidden"_s);
    say(window, u"hello"_s);
    confirmUntilListening(window);
    // Nothing is drawn for a panel nobody sees.
    QVERIFY(!window.graphPanel()->isVisible());
    QVERIFY(window.graphController()->isDirty());
    QVERIFY(window.graphPanel()->graph().nodes.isEmpty());

    window.action(MainWindow::ActionId::ToggleGraph)->trigger();
    QVERIFY(waitForFreshGraph(window));
    QVERIFY(findNode(window.graphPanel()->graph(),
                     [](const GraphNodeInfo &n) {
                         return n.conversation >= 0 && n.intent == u"greet"_s;
                     })
            >= 0);
    // Behind the event details' tab it is not drawn either, and catches up
    // when its tab is chosen.
    auto *details = window.findChild<QDockWidget *>(u"DetailsDock"_s);
    details->raise();
    QVERIFY(
        QTest::qWaitFor([&] { return window.graphPanel()->visibleRegion().isEmpty(); }, Timeout));
    const quint64 generation = window.graphController()->service()->latestGeneration();
    say(window, u"great"_s);
    confirmUntilListening(window);
    // Owed, but neither requested nor scheduled while it is behind the tab.
    QVERIFY(window.graphController()->isDirty());
    QVERIFY(!window.graphController()->isUpdateScheduled());
    QCOMPARE(window.graphController()->service()->latestGeneration(), generation);
    window.action(MainWindow::ActionId::ToggleGraph)->trigger(); // brings the tab to the front
    QVERIFY(window.graphDock()->isVisible());
    QVERIFY(waitForFreshGraph(window));
    QVERIFY(findNode(window.graphPanel()->graph(),
                     [](const GraphNodeInfo &n) {
                         return n.conversation >= 0 && n.intent == u"mood_great"_s;
                     })
            >= 0);
    // In front, toggling hides it.
    window.action(MainWindow::ActionId::ToggleGraph)->trigger();
    QVERIFY(!window.graphDock()->isVisible());
}

void TestGraphPanel::bigProjectShowsNeighbourhoodAndSays()
{
    // 2,000 generated stories with distinct middles: far more nodes than the
    // panel draws at once.
    QVERIFY(QDir(m_dir->path()).mkpath(u"bot/data"_s));
    QFile stories(m_dir->filePath(u"bot/data/stories.yml"_s));
    QVERIFY(stories.open(QIODevice::WriteOnly));
    stories.write("version: \"3.1\"\nstories:\n");
    for (int i = 0; i < 2000; ++i) {
        stories.write(
            QStringLiteral("- story: s%1\n  steps:\n  - intent: greet\n  - action: utter_greet\n"
                           "  - intent: ask_%2\n  - action: utter_answer_%1\n"
                           "  - intent: thanks\n  - action: utter_bye_%3\n")
                .arg(i)
                .arg(i % 97)
                .arg(i % 13)
                .toUtf8());
    }
    stories.close();
    SessionDocument document;
    document.setProjectFolder(m_dir->filePath(u"bot"_s));
    InteractiveSession session(&document);
    GraphPanel panel;
    GraphController controller(&panel);
    panel.resize(800, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    controller.setSession(&session);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !controller.isDirty() && !controller.service()->isBusy()
                && !panel.hasPendingResult() && !panel.graph().nodes.isEmpty();
        },
        60000));
    QVERIFY(panel.graph().isReduced());
    QVERIFY2(panel.statusText().contains(u"nodes"_s), qPrintable(panel.statusText()));
    QVERIFY(panel.statusText().contains(QLocale().toString(panel.graph().shownNodes)));
    QVERIFY(panel.graph().nodes.size() <= 2 * GraphRenderer::Options().maxNodes);
}

void TestGraphPanel::unreadableProjectIsAWarningNotACrash()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"bad/data"_s));
    QFile stories(m_dir->filePath(u"bad/data/stories.yml"_s));
    QVERIFY(stories.open(QIODevice::WriteOnly));
    stories.write("stories:\n- story: broken\n  steps: [intent: {\n");
    stories.close();
    SessionDocument document;
    document.setProjectFolder(m_dir->filePath(u"bad"_s));
    InteractiveSession session(&document);
    GraphPanel panel;
    GraphController controller(&panel);
    QSignalSpy loaded(controller.service(), &GraphService::trainingLoaded);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    controller.setSession(&session);
    QVERIFY(loaded.wait(Timeout));
    QCOMPARE(loaded.first().at(0).toInt(), 0);
    const QStringList warnings = loaded.first().at(1).toStringList();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(u"stories.yml"_s));
    QVERIFY(
        QTest::qWaitFor([&] { return panel.statusText().contains(u"stories.yml"_s); }, Timeout));
}

QTEST_MAIN(TestGraphPanel)
#include "tst_graphpanel.moc"
