#include "actionpanel.h"
#include "annotationpanel.h"
#include "choicelist.h"
#include "conversationmodel.h"
#include "entitypicker.h"
#include "entityspanedit.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "messageinput.h"
#include "newactiondialog.h"
#include "promptarea.h"
#include "settings.h"

#include "fakerasa/fakerasaserver.h"
#include "session/sessiondocument.h"
#include "session/sessionrecovery.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {
constexpr int Timeout = 15000;
using Page = PromptArea::Page;
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fullSessionAgainstFakeServer();
#ifdef COACH_E2E_PROGRAM // only in tst_mainwindow_e2e (ctest label e2e)
    void fullSessionAgainstRealServer();
#endif
    void startsOfflineWithoutServer();
    void serverErrorsAreShownInWords();
    void exampleSessionOpensOffline();

private:
    void connectWindow(MainWindow &window, const QString &conversationId);
    void runFullSession(const QString &conversationId);
    void typeMessage(MainWindow &window, const QString &text);
    bool waitForPage(MainWindow &window, Page page);
    void confirmUntilListening(MainWindow &window);
    QStringList botColumn(MainWindow &window);
    int visibleRow(ChoiceList *list, const QString &name);
    QString readFile(const QString &path);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeRasa::FakeRasaServer> m_server;
    QUrl m_url; //!< the server connectWindow() uses: the fake one unless a real one is given
    QString m_token;
};

void TestMainWindow::initTestCase()
{
    MessageBox::setDefaultAnswer(QMessageBox::No);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = Settings::createTemporary();
    Settings::setInstance(m_settings.get());
    SessionRecovery::setDirectory(m_dir->filePath(u"recovery"_s));
    m_server = std::make_unique<FakeRasa::FakeRasaServer>();
    const Status loaded =
        m_server->loadBot(QStringLiteral(COACH_SOURCE_DIR) + u"/resources/examples/moodbot"_s);
    QVERIFY2(loaded, qPrintable(loaded.error().toString()));
    QVERIFY(m_server->listen() != 0);
    m_url = m_server->url();
    m_token.clear();
}

void TestMainWindow::cleanup()
{
    m_server.reset();
    Settings::setInstance(nullptr);
    m_settings.reset();
    SessionRecovery::setDirectory({});
}

bool TestMainWindow::waitForPage(MainWindow &window, Page page)
{
    return QTest::qWaitFor([&] { return window.promptArea()->page() == page; }, Timeout);
}

void TestMainWindow::connectWindow(MainWindow &window, const QString &conversationId)
{
    ConnectionSettings settings;
    settings.serverUrl = m_url;
    settings.authToken = m_token;
    settings.conversationId = conversationId;
    const Status status = window.connectToServer(
        settings, QStringLiteral(COACH_SOURCE_DIR) + u"/resources/examples/moodbot"_s);
    QVERIFY2(status, qPrintable(status.error().toString()));
    QVERIFY2(waitForPage(window, Page::Message), qPrintable(window.statusText()));
}

void TestMainWindow::typeMessage(MainWindow &window, const QString &text)
{
    MessageInput *input = window.promptArea()->messageInput();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

void TestMainWindow::confirmUntilListening(MainWindow &window)
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
    QVERIFY(waitForPage(window, Page::Message));
}

QStringList TestMainWindow::botColumn(MainWindow &window)
{
    QStringList texts;
    ConversationModel *model = window.conversationModel();
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, ConversationModel::Bot).data().toString());
    return texts;
}

int TestMainWindow::visibleRow(ChoiceList *list, const QString &name)
{
    for (int row = 0; row < list->visibleCount(); ++row) {
        if (list->visibleName(row) == name)
            return row;
    }
    return -1;
}

QString TestMainWindow::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestMainWindow::fullSessionAgainstFakeServer()
{
    runFullSession(u"gui-test"_s);
}

#ifdef COACH_E2E_PROGRAM
// The same session against a real `rasa run --enable-api` serving
// tests/e2e/bots/moodbot; tests/e2e/run.sh sets these variables.
void TestMainWindow::fullSessionAgainstRealServer()
{
    const QUrl url(qEnvironmentVariable("COACH_E2E_URL"));
    if (url.isEmpty() || !url.isValid() || qEnvironmentVariableIsEmpty("COACH_E2E_TOKEN"))
        QFAIL("needs a real Rasa server: COACH_E2E_URL, COACH_E2E_TOKEN");
    m_url = url;
    m_token = qEnvironmentVariable("COACH_E2E_TOKEN");
    runFullSession(u"gui-real-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
}
#endif

void TestMainWindow::runFullSession(const QString &conversationId)
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    connectWindow(window, conversationId);
    QVERIFY(window.statusText().contains(u"Rasa"_s));

    // Turn 1: "hello" confirmed as is, the bot's turn confirmed with Enter.
    typeMessage(window, u"hello"_s);
    QVERIFY(waitForPage(window, Page::Annotation));
    AnnotationPanel *nlu = window.promptArea()->annotationPanel();
    QCOMPARE(nlu->question().intent, u"greet"_s);
    QTest::keyClick(nlu->intentList()->filterEdit(), Qt::Key_Return);
    confirmUntilListening(window);
    QVERIFY(botColumn(window).contains(u"utter_greet"_s));
    QCOMPARE(window.promptArea()->quickReplyButtons().size(), 2); // utter_greet's buttons

    // Turn 2: correct the intent and mark an entity by keyboard selection.
    typeMessage(window, u"I feel sad today"_s);
    QVERIFY(waitForPage(window, Page::Annotation));
    EntitySpanEdit *text = nlu->messageView();
    text->setFocus();
    text->selectSpan(7, 7);
    QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(text, Qt::Key_E);
    QVERIFY(nlu->entityPicker()->isVisible());
    QLineEdit *type = nlu->entityPicker()->typeBox()->lineEdit();
    type->selectAll();
    QTest::keyClicks(type, u"mood"_s);
    QTest::keyClick(type, Qt::Key_Return);
    QCOMPARE(nlu->currentEntities().size(), 1);
    QTest::keyClicks(nlu->intentList()->filterEdit(), u"mood_unh"_s);
    QTest::keyClick(nlu->intentList()->filterEdit(), Qt::Key_Return);
    QVERIFY(waitForPage(window, Page::Action));
    const HistoryRow user =
        window.conversationModel()->rowAt(window.conversationModel()->lastUserRow());
    QCOMPARE(user.intent, u"mood_unhappy"_s);
    QCOMPARE(user.event.parseData().entities().size(), 1);
    QCOMPARE(user.event.parseData().entities().at(0).valueText(), u"sad"_s);

    // Pick another action than predicted with the arrow keys and Enter.
    ActionPanel *actions = window.promptArea()->actionPanel();
    ChoiceList *choices = actions->choiceList();
    const int row = visibleRow(choices, u"utter_did_that_help"_s);
    const int current = visibleRow(choices, choices->currentName());
    QVERIFY(row >= 0 && current >= 0);
    QVERIFY(actions->question().action != u"utter_did_that_help"_s);
    for (int step = current; step != row; step += row > current ? 1 : -1)
        QTest::keyClick(choices->filterEdit(), row > current ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(choices->currentName(), u"utter_did_that_help"_s);
    QTest::keyClick(choices->filterEdit(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return botColumn(window).contains(u"utter_did_that_help"_s); },
                            Timeout));

    // Create a new response by typing its name where the actions are listed.
    QVERIFY(waitForPage(window, Page::Action));
    QTest::keyClicks(actions->choiceList()->filterEdit(), u"utter_ask_more"_s);
    QTest::keyClick(actions->choiceList()->filterEdit(), Qt::Key_Return);
    NewActionDialog *dialog = actions->openDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->textEdit(), u"Tell me more."_s);
    QTest::keyClick(dialog->textEdit(), Qt::Key_Return);
    QVERIFY(
        QTest::qWaitFor([&] { return botColumn(window).contains(u"utter_ask_more"_s); }, Timeout));
    // Then listen, whatever is predicted (a real RulePolicy predicts
    // action_default_fallback here, which would revert the message).
    QVERIFY(waitForPage(window, Page::Action));
    QTest::keyClicks(actions->choiceList()->filterEdit(), u"action_listen"_s);
    QTest::keyClick(actions->choiceList()->filterEdit(), Qt::Key_Return);
    QVERIFY(waitForPage(window, Page::Message));
    QCOMPARE(window.document()->newResponses().size(), 1);
    QCOMPARE(window.document()->newResponses().at(0).name, u"utter_ask_more"_s);

    // Undo removes the last step the annotator sees.
    const int rowsBeforeUndo = window.conversationModel()->rowCount();
    window.action(MainWindow::ActionId::Undo)->trigger();
    QVERIFY(QTest::qWaitFor([&] { return window.conversationModel()->rowCount() < rowsBeforeUndo; },
                            Timeout));
    confirmUntilListening(window);

    // Fork before the second user message (selected row, context action).
    const int secondUser = window.conversationModel()->lastUserRow();
    QVERIFY(secondUser > 0);
    window.historyView()->setCurrentIndex(window.conversationModel()->index(secondUser, 0));
    QVERIFY(window.action(MainWindow::ActionId::ForkHere)->isEnabled());
    window.action(MainWindow::ActionId::ForkHere)->trigger();
    QVERIFY(QTest::qWaitFor([&] { return window.conversationModel()->rowCount() == secondUser; },
                            Timeout));
    QVERIFY(waitForPage(window, Page::Message));
    typeMessage(window, u"great"_s);
    QVERIFY(waitForPage(window, Page::Annotation));
    QTest::keyClick(nlu->intentList()->filterEdit(), Qt::Key_Return);
    confirmUntilListening(window);

    // Restart asks first, then starts a new story part: the history is empty again.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.action(MainWindow::ActionId::Restart)->trigger();
    QVERIFY(
        QTest::qWaitFor([&] { return botColumn(window).filter(u"utter_"_s).isEmpty(); }, Timeout));
    QVERIFY(waitForPage(window, Page::Message));

    // Save, reopen in a second window, compare.
    const QString file = m_dir->filePath(u"session.coach"_s);
    QVERIFY(window.saveAs(file));
    QVERIFY(!window.document()->isModified());
    MainWindow reopened;
    const Status opened = reopened.openSession(file);
    QVERIFY2(opened, qPrintable(opened.error().toString()));
    QCOMPARE(reopened.document()->data().conversations, window.document()->data().conversations);
    QCOMPARE(reopened.document()->newResponses(), window.document()->newResponses());
    QCOMPARE(m_settings->recentFiles().value(0), file);

    // Export into a copy of the bot project and check the files.
    ExportDialog exportDialog(reopened.document());
    exportDialog.storiesEdit()->setText(m_dir->filePath(u"out/data/stories.yml"_s));
    exportDialog.nluEdit()->setText(m_dir->filePath(u"out/data/nlu.yml"_s));
    exportDialog.domainEdit()->setText(m_dir->filePath(u"out/domain.yml"_s));
    QSignalSpy ready(&exportDialog, &ExportDialog::previewReady);
    exportDialog.refreshPreview();
    QVERIFY(ready.wait(Timeout));
    while (exportDialog.isPreparing())
        QVERIFY(ready.wait(Timeout));
    QVERIFY2(exportDialog.preview().has_value(), qPrintable(exportDialog.statusText()));
    QVERIFY(exportDialog.writeFiles());
    const QString stories = readFile(m_dir->filePath(u"out/data/stories.yml"_s));
    QVERIFY2(stories.contains(u"utter_did_that_help"_s), qPrintable(stories));
    QVERIFY(stories.contains(u"mood_unhappy"_s));
    QVERIFY(stories.contains(u"mood_great"_s)); // the forked branch
    const QString domain = readFile(m_dir->filePath(u"out/domain.yml"_s));
    QVERIFY2(domain.contains(u"utter_ask_more"_s), qPrintable(domain));
    QVERIFY(domain.contains(u"Tell me more."_s));
    const QString nluText = readFile(m_dir->filePath(u"out/data/nlu.yml"_s));
    QVERIFY2(nluText.contains(u"I feel [sad](mood) today"_s), qPrintable(nluText));
}

void TestMainWindow::startsOfflineWithoutServer()
{
    MainWindow window;
    QCOMPARE(window.promptArea()->page(), Page::Idle);
    QVERIFY(!window.action(MainWindow::ActionId::Undo)->isEnabled());
    const Status status = window.openSession(m_dir->filePath(u"missing.coach"_s));
    QVERIFY(!status);
    QVERIFY(!status.error().message.isEmpty());
}

void TestMainWindow::serverErrorsAreShownInWords()
{
    MainWindow window;
    window.show();
    connectWindow(window, u"gui-errors"_s);
    m_server->addFault(FakeRasa::Fault::httpError(u"POST"_s, u"/messages"_s, 500,
                                                  u"ConversationError"_s, u"the store is down"_s));
    typeMessage(window, u"hello"_s);
    QVERIFY(waitForPage(window, Page::Failed));
    QVERIFY2(window.promptArea()->failureText().contains(u"the store is down"_s),
             qPrintable(window.promptArea()->failureText()));
}

void TestMainWindow::exampleSessionOpensOffline()
{
    MainWindow window;
    const Status status = window.openSession(QStringLiteral(COACH_SOURCE_DIR)
                                             + u"/resources/examples/moodbot.coach"_s);
    QVERIFY2(status, qPrintable(status.error().toString()));
    QCOMPARE(window.session()->state(), InteractiveSession::State::Offline);
    QCOMPARE(window.promptArea()->page(), Page::Idle);
    QVERIFY(window.conversationModel()->rowCount() > 5);
    QVERIFY(window.conversationModel()->lastUserRow() > 0);
    QVERIFY(!window.document()->isModified());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
