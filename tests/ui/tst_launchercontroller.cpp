#include "connectiondialog.h"
#include "filedialog.h"
#include "launchercontroller.h"
#include "launchprogressdialog.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "messagebox.h"
#include "serverlogpanel.h"

#include "session/sessiondocument.h"
#include "testsupport/launcherproject.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Coach;
using namespace Qt::StringLiterals;

using State = InteractiveSession::State;

// Starting a bot project from the window, against the fake `rasa` of
// tests/data/launcher (real Rasa: tests/e2e/launcher.sh).
class TestLauncherController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openBotProjectConnectsAndNeverShowsTheToken();
    void connectDialogStartsTheProject();
    void failureIsShownWithItsLinesAndRetry();
    void cancelStopsTheTraining();
    void deadServerIsReportedAndRestarted();
    void retrainAfterExportKeepsTheConversationAndOffersReplay();
    void commandLineStartsTheServer();

private:
    void prepare(const QString &mode = {});
    bool waitConnected(int timeoutMs = 60000) const;
    QString log(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindowFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    LauncherController *m_controller = nullptr;
    QString m_project;
    QString m_logDir;
};

void TestLauncherController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(u"bot"_s);
    m_logDir = m_dir->filePath(u"log"_s);
    QVERIFY(QDir().mkpath(m_logDir));
    TestSupport::makeLauncherProject(m_project);
    m_fixture = std::make_unique<MainWindowFixture>();
    MessageBox::setDefaultAnswer(std::nullopt);
    MessageBox::resetCounters();
}

void TestLauncherController::prepare(const QString &mode)
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_controller = m_window->launcherController();
    m_controller->launcher()->setRegistryDirectory(m_dir->filePath(u"registry"_s));
    m_controller->launcher()->setEnvironment(
        TestSupport::fakeRasaEnvironment(QStringLiteral(COACH_FAKE_RASA_SERVER), m_logDir, mode));
}

void TestLauncherController::cleanup()
{
    const QList<qint64> pids =
        m_controller ? m_controller->launcher()->processIds() : QList<qint64>();
    m_window.reset(); // stops everything it started
    m_controller = nullptr;
    for (qint64 pid : pids)
        QVERIFY(!ProcFs::startTime(pid));
    m_fixture.reset();
    MessageBox::setDefaultAnswer(std::nullopt);
}

bool TestLauncherController::waitConnected(int timeoutMs) const
{
    return QTest::qWaitFor(
        [this] { return m_window->session()->state() == State::AwaitingUserMessage; }, timeoutMs);
}

QString TestLauncherController::log(const QString &name) const
{
    QFile file(QDir(m_logDir).filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestLauncherController::openBotProjectConnectsAndNeverShowsTheToken()
{
    prepare();
    FileDialog::setNextFileName(m_project);
    m_controller->openProjectAction()->trigger();
    QCOMPARE(FileDialog::lastCaption(), u"Open Bot Project"_s);
    QVERIFY(m_controller->progressDialog()->isVisible());
    QVERIFY(m_controller->logDock()->isVisible());
    QVERIFY(waitConnected());
    QVERIFY(!m_controller->progressDialog()->isVisible());
    QCOMPARE(m_window->document()->projectFolder(), m_project);
    QVERIFY(m_controller->retrainAction()->isEnabled());
    QStringList sources;
    for (int i = 0; i < m_controller->logPanel()->lineCount(); ++i)
        sources.append(m_controller->logPanel()->lineText(i).section(u']', 0, 0));
    QVERIFY(sources.contains(u"[train"_s));
    QVERIFY(sources.contains(u"[actions"_s));

    // The generated token goes to the session only.
    const QString token = m_controller->launcher()->connectionSettings().authToken;
    QCOMPARE(token.size(), 32);
    QVERIFY(!m_controller->logPanel()->view()->toPlainText().contains(token));
    for (int i = 0; i < m_window->messageLog()->count(); ++i)
        QVERIFY(!m_window->messageLog()->item(i)->text().contains(token));
    QVERIFY(!m_window->statusText().contains(token));
    m_fixture->settings()->sync();
    QFile settings(m_fixture->settings()->fileName());
    if (settings.open(QIODevice::ReadOnly)) // none at all is fine too
        QVERIFY(!settings.readAll().contains(token.toUtf8()));
    QVERIFY(!m_window->document()->serverInfo().url.toString().contains(token));
}

void TestLauncherController::connectDialogStartsTheProject()
{
    prepare();
    m_window->action(MainWindow::ActionId::Connect)->trigger();
    auto *dialog = m_window->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    dialog->setProjectFolder(QString());
    QTest::mouseClick(dialog->startServerButton(), Qt::LeftButton);
    QVERIFY(dialog->verdictText().contains(u"project folder"_s)); // nothing to start yet
    QCOMPARE(m_controller->launcher()->stage(), ProjectLauncher::Stage::Idle);
    dialog->setProjectFolder(m_project);
    QTest::mouseClick(dialog->startServerButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QVERIFY(m_controller->launcher()->isBusy());
    QVERIFY(waitConnected());
}

void TestLauncherController::failureIsShownWithItsLinesAndRetry()
{
    prepare(u"train-fails"_s);
    m_controller->startProject(m_project);
    LaunchProgressDialog *dialog = m_controller->progressDialog();
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isShowingFailure(); }, 30000));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->failureText().contains(u"YamlSyntaxException: Failed to read"_s));
    QVERIFY(dialog->retryButton()->isVisible());
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QVERIFY(!dialog->isShowingFailure());
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isShowingFailure(); }, 30000));
    QCOMPARE(log(u"calls.txt"_s).count(u" train"_s), 2);
}

void TestLauncherController::cancelStopsTheTraining()
{
    prepare(u"train-hangs"_s);
    m_controller->startProject(m_project);
    LaunchProgressDialog *dialog = m_controller->progressDialog();
    // The epochs line can arrive in pieces: wait for the whole "2/20".
    QVERIFY(QTest::qWaitFor(
        [dialog] {
            return dialog->progressBar()->maximum() == 20 && dialog->progressBar()->value() == 2;
        },
        30000));
    const QList<qint64> training = m_controller->launcher()->processIds();
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 15000));
    QCOMPARE(m_controller->launcher()->stage(), ProjectLauncher::Stage::Idle);
    for (qint64 pid : training)
        QVERIFY(QTest::qWaitFor([pid] { return !ProcFs::startTime(pid); }, 10000));
}

void TestLauncherController::deadServerIsReportedAndRestarted()
{
    QDir(QDir(m_project).filePath(u"actions"_s)).removeRecursively();
    prepare();
    m_controller->startProject(m_project);
    QVERIFY(waitConnected());
    const QUrl first = m_controller->launcher()->connectionSettings().serverUrl;
    MessageBox::resetCounters();
    MessageBox::setNextAnswer(QMessageBox::Retry);
    ::kill(pid_t(m_controller->launcher()->processIds().first()), SIGKILL);
    QVERIFY(QTest::qWaitFor([] { return MessageBox::shownCount() == 1; }, 15000));
    QVERIFY(MessageBox::lastText().contains(u"The Rasa server stopped"_s));
    QVERIFY(MessageBox::lastText().contains(u"Restart the server?"_s));
    QVERIFY(m_controller->logDock()->isVisible());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_controller->launcher()->isServerReady()
                && m_controller->launcher()->connectionSettings().serverUrl != first;
        },
        60000));
    QVERIFY(waitConnected());
    QCOMPARE(m_window->document()->serverInfo().url.port(),
             m_controller->launcher()->connectionSettings().serverUrl.port());
}

void TestLauncherController::retrainAfterExportKeepsTheConversationAndOffersReplay()
{
    QDir(QDir(m_project).filePath(u"actions"_s)).removeRecursively();
    prepare();
    m_controller->offerRetrain({QDir(m_project).filePath(u"data/coach_stories.yml"_s)});
    QCOMPARE(MessageBox::shownCount(), 0); // nothing runs yet: nothing to offer
    m_controller->startProject(m_project);
    QVERIFY(waitConnected());
    InteractiveSession *session = m_window->session();
    QVERIFY(session->sendUserMessage(u"/greet"_s));
    QVERIFY(
        QTest::qWaitFor([session] { return session->state() == State::ConfirmingAction; }, 15000));
    const QString conversation =
        m_window->document()->conversationId(session->currentConversation());
    QSignalSpy replay(m_controller, &LauncherController::replayRequested);
    QSignalSpy swapped(m_controller->launcher(), &ProjectLauncher::modelSwapped);
    MessageBox::resetCounters();
    MessageBox::setDefaultAnswer(QMessageBox::Yes);
    QTest::qWait(1100); // the fake names its models by the second
    m_controller->offerRetrain({QDir(m_project).filePath(u"data/coach_stories.yml"_s),
                                m_dir->filePath(u"elsewhere/nlu.yml"_s)});
    QVERIFY(MessageBox::lastText().contains(u"not trained on"_s)); // the file outside the project
    QVERIFY(swapped.wait(60000));
    QVERIFY(QTest::qWaitFor([&] { return replay.size() == 1; }, 30000));
    QCOMPARE(MessageBox::shownCount(), 2); // retrain?, then replay?
    // Reconnected to the new model, in the same conversation, at the same
    // question (the server forgot it; the session posted it again).
    QVERIFY(
        QTest::qWaitFor([session] { return session->state() == State::ConfirmingAction; }, 30000));
    QCOMPARE(m_window->document()->conversationId(session->currentConversation()), conversation);
    QCOMPARE(QFileInfo(m_window->document()->serverInfo().modelFile).fileName(),
             QFileInfo(m_controller->launcher()->model()).fileName());
}

void TestLauncherController::commandLineStartsTheServer()
{
    QProcess app;
    QProcessEnvironment environment =
        TestSupport::fakeRasaEnvironment(QStringLiteral(COACH_FAKE_RASA_SERVER), m_logDir);
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(COACH_APP),
              {u"--project"_s, m_project, u"--start-server"_s, u"--exit-when-connected"_s});
    QVERIFY(app.waitForFinished(90000));
    QCOMPARE(app.exitCode(), 0);
    QCOMPARE(app.readAllStandardOutput(), QByteArray("connected: Rasa 3.6.21\n"));
    // Every rasa process it ran (the log's first column) is gone with it.
    const QStringList calls = log(u"calls.txt"_s).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(calls.size() >= 4); // --version, train, run actions, run
    for (const QString &call : calls) {
        const qint64 pid = call.section(u' ', 0, 0).toLongLong();
        if (pid > 0)
            QVERIFY2(!ProcFs::startTime(pid), qPrintable(call));
    }
    QVERIFY(
        QDir(m_dir->filePath(u"data/rasa-coach/processes"_s)).entryList({u"*.json"_s}).isEmpty());
    // Without a project there is nothing to start.
    app.start(QStringLiteral(COACH_APP), {u"--start-server"_s});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("--start-server needs --project DIR."));
}

QTEST_MAIN(TestLauncherController)
#include "tst_launchercontroller.moc"
