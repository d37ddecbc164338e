// Story conflicts in the real window against fake-rasa's mood bot: the
// project has a story that greets with utter_happy where the bot greets with
// utter_greet. Choosing utter_greet warns before it runs; confirming it
// (the action panel's own button) warns after, names the story and opens
// it; the graph rings the node; View › Conflicts lists it.

#include "actionpanel.h"
#include "choicelist.h"
#include "conflictgraphmarker.h"
#include "conflictmonitor.h"
#include "conflictscontroller.h"
#include "conflictspanel.h"
#include "conflictstorydialog.h"
#include "conflictwarning.h"
#include "conversationmodel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "messagebox.h"
#include "promptarea.h"

#include "fakerasa/fakerasaserver.h"
#include "rasa/rasaclient.h"
#include "testsupport/testdata.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

constexpr int Timeout = 15000;
using Page = PromptArea::Page;

const QString MoodBot = QStringLiteral(COACH_SOURCE_DIR) + u"/resources/examples/moodbot"_s;

//! The mood bot's project with one more story: greet → utter_happy.
bool writeProject(const QString &folder)
{
    for (const QString &file : {u"domain.yml"_s, u"data/stories.yml"_s, u"data/rules.yml"_s}) {
        QDir().mkpath(QFileInfo(folder + u'/' + file).absolutePath());
        if (!QFile::copy(MoodBot + u'/' + file, folder + u'/' + file))
            return false;
    }
    return TestSupport::writeFile(folder + u"/data/more.yml"_s, R"(version: "2.0"
stories:
- story: greet with joy
  steps:
  - intent: greet
  - action: utter_happy
)");
}

QPushButton *runButton(MainWindow &window)
{
    const QList<QPushButton *> buttons =
        window.promptArea()->actionPanel()->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == ActionPanel::tr("Run it (Enter)"))
            return button;
    }
    return nullptr;
}

} // namespace

class TestConflictsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void confirmingAContradictingActionWarns();
};

void TestConflictsController::initTestCase()
{
    MessageBox::setDefaultAnswer(QMessageBox::No);
}

void TestConflictsController::confirmingAContradictingActionWarns()
{
    MainWindowFixture fixture;
    QTemporaryDir project;
    QVERIFY(writeProject(project.path()));
    FakeRasa::FakeRasaServer server;
    QVERIFY(server.loadBot(MoodBot));
    QVERIFY(server.listen() != 0);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionSettings settings;
    settings.serverUrl = server.url();
    QVERIFY(window.connectToServer(settings, project.path()));
    QVERIFY(QTest::qWaitFor([&] { return window.promptArea()->page() == Page::Message; }, Timeout));
    ConflictsController *conflicts = window.conflictsController();
    QVERIFY(QTest::qWaitFor(
        [&] { return conflicts->monitor()->state() == ConflictMonitor::State::Ready; }, Timeout));
    ConflictWarning *warning = conflicts->warning();
    QVERIFY(!warning->isVisible());

    // The turn up to the action question.
    QVERIFY(window.session()->sendUserMessage(u"hello"_s));
    QVERIFY(
        QTest::qWaitFor([&] { return window.promptArea()->page() == Page::Annotation; }, Timeout));
    QVERIFY(window.session()->confirmNlu());
    QVERIFY(QTest::qWaitFor([&] { return window.promptArea()->page() == Page::Action; }, Timeout));
    QCOMPARE(window.promptArea()->actionPanel()->question().action, u"utter_greet"_s);

    // Before it runs: the choice contradicts "greet with joy".
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().startsWith(u"Choosing <b>utter_greet</b> here contradicts"_s),
             qPrintable(warning->text()));
    QVERIFY(warning->text().contains(u"greet with joy"_s));
    // The other side, chosen instead, contradicts the mood bot's stories.
    window.promptArea()->actionPanel()->choiceList()->setCurrentName(u"utter_happy"_s);
    QVERIFY2(warning->text().startsWith(u"Choosing <b>utter_happy</b>"_s),
             qPrintable(warning->text()));
    QVERIFY(warning->text().contains(u"happy path"_s));
    window.promptArea()->actionPanel()->choiceList()->setCurrentName(u"utter_greet"_s);

    // Confirm with the panel's own button; the bot then asks to listen, and
    // the warning stays for the turn.
    QPushButton *run = runButton(window);
    QVERIFY(run);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return window.promptArea()->page() == Page::Action
                && window.promptArea()->actionPanel()->question().action == u"action_listen"_s;
        },
        Timeout));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"this conversation runs <b>utter_greet</b>"_s),
             qPrintable(warning->text()));
    QTest::mouseClick(runButton(window), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return window.promptArea()->page() == Page::Message; }, Timeout));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"Story conflict after intent 'greet'"_s),
             qPrintable(warning->text()));
    QVERIFY(warning->text().contains(u"<b>utter_happy</b> in <a href=\"story:"_s));

    // The story opens with its steps.
    auto *text = warning->findChild<QLabel *>(u"ConflictWarningText"_s);
    const qsizetype link = warning->text().indexOf(u"story:"_s);
    const QString tracker = warning->text().mid(link, warning->text().indexOf(u'"', link) - link);
    Q_EMIT text->linkActivated(tracker);
    ConflictStoryDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = window.findChild<ConflictStoryDialog *>()) != nullptr; }, Timeout));
    QVERIFY2(dialog->stepsText().contains(u"- story: greet with joy"_s),
             qPrintable(dialog->stepsText()));
    QVERIFY(dialog->stepsText().contains(u"action: utter_happy"_s));
    dialog->close();

    // View › Conflicts lists it, this conversation included.
    auto *dock = window.findChild<QDockWidget *>(u"ConflictsDock"_s);
    QVERIFY(dock && !dock->isVisible());
    Q_EMIT text->linkActivated(u"panel"_s);
    QVERIFY(dock->isVisible());
    QTreeWidget *tree = conflicts->panel()->tree();
    QVERIFY(!tree->findItems(u"greet with joy"_s, Qt::MatchRecursive).isEmpty());
    QVERIFY(!tree->findItems(u"After intent 'greet'"_s, Qt::MatchExactly).isEmpty());

    // The graph rings the node of the confirmed action.
    window.action(MainWindow::ActionId::ToggleGraph)->trigger();
    QVERIFY(QTest::qWaitFor([&] { return conflicts->graphMarker()->markedNode() >= 0; }, Timeout));
}

QTEST_MAIN(TestConflictsController)
#include "tst_conflictscontroller.moc"
