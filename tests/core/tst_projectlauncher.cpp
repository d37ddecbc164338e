#include "project/projectlauncher.h"

#include "testsupport/launcherproject.h"
#include "testsupport/testdata.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Coach;
using namespace Qt::StringLiterals;

using Stage = ProjectLauncher::Stage;

// The launcher against a fake `rasa` (tests/data/launcher/fake/rasa, a shell
// script replaying real Rasa 3.6 output and serving with fake-rasa), in a
// copy of tests/data/launcher/project with the fake as its .venv/bin/rasa.
class TestProjectLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void trainsAndStartsServerAndActionServer();
    void rasaNotFound();
    void wrongVersion();
    void notAProject();
    void trainingFailureShowsItsLastLines();
    void serverExitingAtStart();
    void portTakenIsRetriedOnAnotherPort();
    void portTakenEveryTime();
    void cancelDuringTraining();
    void processDeathIsReportedAndRestartWorks();
    void retrainSwapsTheModelInTheRunningServer();
    void retrainRestartsWhenTheModelCannotBeLoaded();
    void killedAppIsCleanedUpAtTheNextStart();

private:
    void makeProject(bool withActions = true);
    std::unique_ptr<ProjectLauncher> makeLauncher(const QString &mode = {});
    QProcessEnvironment environment(const QString &mode) const;
    QString log(const QString &name) const;
    static bool waitGone(qint64 pid);
    static int httpStatus(const QUrl &url);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    QString m_registry;
    QString m_logDir;
};

void TestProjectLauncher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(u"bot"_s);
    m_registry = m_dir->filePath(u"registry"_s);
    m_logDir = m_dir->filePath(u"log"_s);
    QVERIFY(QDir().mkpath(m_logDir));
    makeProject();
}

void TestProjectLauncher::cleanup()
{
    // Nothing may outlive a test: every pid file is gone with its launcher.
    QVERIFY(QDir(m_registry).entryList({u"*.json"_s}, QDir::Files).isEmpty());
}

void TestProjectLauncher::makeProject(bool withActions)
{
    TestSupport::makeLauncherProject(m_project, withActions);
}

QProcessEnvironment TestProjectLauncher::environment(const QString &mode) const
{
    return TestSupport::fakeRasaEnvironment(QStringLiteral(COACH_FAKE_RASA_SERVER), m_logDir, mode);
}

std::unique_ptr<ProjectLauncher> TestProjectLauncher::makeLauncher(const QString &mode)
{
    auto launcher = std::make_unique<ProjectLauncher>();
    launcher->setRegistryDirectory(m_registry);
    launcher->setEnvironment(environment(mode));
    launcher->setReadinessTimeout(std::chrono::seconds(60));
    return launcher;
}

QString TestProjectLauncher::log(const QString &name) const
{
    QFile file(QDir(m_logDir).filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool TestProjectLauncher::waitGone(qint64 pid)
{
    return QTest::qWaitFor([pid] { return !ProcFs::startTime(pid); }, 10000);
}

int TestProjectLauncher::httpStatus(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

void TestProjectLauncher::trainsAndStartsServerAndActionServer()
{
    const QByteArray endpointsBefore =
        TestSupport::readFile(QDir(m_project).filePath(u"endpoints.yml"_s));
    auto launcher = makeLauncher();
    QSignalSpy ready(launcher.get(), &ProjectLauncher::serverReady);
    QSignalSpy progress(launcher.get(), &ProjectLauncher::trainingProgressChanged);
    QSignalSpy lines(launcher.get(), &ProjectLauncher::lineReceived);
    QSignalSpy found(launcher.get(), &ProjectLauncher::rasaFound);
    launcher->start(m_project);
    QVERIFY(ready.wait(60000));
    QCOMPARE(found.first().first().value<RasaInstallation>().version, u"3.6.21"_s);

    // Training: progress with DIET's epochs, and the model Rasa named.
    bool sawEpochs = false;
    for (const QList<QVariant> &change : std::as_const(progress))
        sawEpochs |= change.first().value<TrainingProgress>().epochs == 20;
    QVERIFY(sawEpochs);
    QVERIFY(launcher->model().startsWith(QDir(m_project).filePath(u"models/"_s)));
    QVERIFY(QFile::exists(launcher->model()));

    // The server: loopback, a fresh token that the server requires.
    const ConnectionSettings settings = ready.first().first().value<ConnectionSettings>();
    QCOMPARE(settings.serverUrl.host(), u"127.0.0.1"_s);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(settings.authToken).hasMatch());
    QUrl status = settings.serverUrl.resolved(QUrl(u"/status"_s));
    QCOMPARE(httpStatus(status), 401);
    status.setQuery(u"token="_s + settings.authToken);
    QCOMPARE(httpStatus(status), 200);
    const QString calls = log(u"calls.txt"_s);
    QVERIFY2(
        calls.contains(u"run --enable-api --port %1 --model %2"_s.arg(settings.serverUrl.port())
                           .arg(launcher->model())),
        qPrintable(calls));
    QVERIFY(calls.contains(u"--interface 127.0.0.1 --auth-token "_s + settings.authToken));

    // The action server: on loopback, and Rasa pointed at it through a
    // temporary endpoints file; the project's own file is untouched.
    QVERIFY(calls.contains(u"run actions --actions actions --port "_s));
    QVERIFY(calls.contains(u"SANIC_HOST=127.0.0.1"_s));
    const QRegularExpressionMatch actionPort =
        QRegularExpression(u"run actions --actions actions --port (\\d+)"_s).match(calls);
    QVERIFY(log(u"endpoints.yml"_s)
                .contains(u"http://127.0.0.1:%1/webhook"_s.arg(actionPort.captured(1))));
    QCOMPARE(TestSupport::readFile(QDir(m_project).filePath(u"endpoints.yml"_s)), endpointsBefore);

    QSet<int> sources;
    for (const QList<QVariant> &line : std::as_const(lines))
        sources.insert(line.first().toInt());
    QVERIFY(sources.contains(int(ProjectLauncher::Source::Training)));
    QVERIFY(sources.contains(int(ProjectLauncher::Source::ActionServer)));

    // Everything it started stops with it.
    const QList<qint64> pids = launcher->processIds();
    QCOMPARE(pids.size(), 2);
    launcher.reset();
    for (qint64 pid : pids)
        QVERIFY(!ProcFs::startTime(pid));
}

void TestProjectLauncher::rasaNotFound()
{
    QFile::remove(QDir(m_project).filePath(u".venv/bin/rasa"_s));
    auto launcher = makeLauncher();
    QProcessEnvironment env = environment({});
    env.insert(u"PATH"_s, m_dir->filePath(u"empty-bin"_s));
    launcher->setEnvironment(env);
    QSignalSpy failed(launcher.get(), &ProjectLauncher::failed);
    launcher->start(m_project);
    QCOMPARE(failed.size(), 1); // found out at once, nothing was run
    const QString message = failed.first().first().value<Error>().message;
    QVERIFY(message.contains(QDir(m_project).filePath(u".venv/bin/rasa"_s)));
    QVERIFY(message.contains(m_dir->filePath(u"empty-bin"_s)));
    QVERIFY(message.contains(u"pip install rasa"_s));
    QCOMPARE(launcher->stage(), Stage::Failed);
}

void TestProjectLauncher::wrongVersion()
{
    auto launcher = makeLauncher(u"version-4"_s);
    QSignalSpy failed(launcher.get(), &ProjectLauncher::failed);
    launcher->start(m_project);
    QVERIFY(failed.wait(30000));
    const Error error = failed.first().first().value<Error>();
    QVERIFY2(error.message.contains(u"Rasa 4.0.0 is not supported"_s), qPrintable(error.message));
    QCOMPARE(error.where, QDir::toNativeSeparators(QDir(m_project).filePath(u".venv/bin/rasa"_s)));
    QVERIFY(!log(u"calls.txt"_s).contains(u" train"_s));
}

void TestProjectLauncher::notAProject()
{
    auto launcher = makeLauncher();
    QSignalSpy failed(launcher.get(), &ProjectLauncher::failed);
    launcher->start(QDir(m_project).filePath(u"data"_s));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<Error>().message.contains(u"config.yml"_s));
}

void TestProjectLauncher::trainingFailureShowsItsLastLines()
{
    auto launcher = makeLauncher(u"train-fails"_s);
    QSignalSpy failed(launcher.get(), &ProjectLauncher::failed);
    QSignalSpy ready(launcher.get(), &ProjectLauncher::serverReady);
    launcher->start(m_project);
    QVERIFY(failed.wait(30000));
    const QString message = failed.first().first().value<Error>().message;
    QVERIFY2(message.contains(u"exit code 1"_s), qPrintable(message));
    QVERIFY(message.contains(u"YamlSyntaxException: Failed to read"_s));
    QVERIFY(!message.contains(u"DeprecationWarning"_s));
    QVERIFY(!log(u"calls.txt"_s).contains(u"run --enable-api"_s));
    QCOMPARE(ready.size(), 0);
}

void TestProjectLauncher::serverExitingAtStart()
{
    auto launcher = makeLauncher(u"server-exits"_s);
    QSignalSpy failed(launcher.get(), &ProjectLauncher::failed);
    launcher->start(m_project);
    QVERIFY(failed.wait(30000));
    const QString message = failed.first().first().value<Error>().message;
    QVERIFY2(message.contains(u"The Rasa server stopped (exit code 1)"_s), qPrintable(message));
    QVERIFY(message.contains(u"YamlSyntaxException: Failed to read YAML."_s));
    QVERIFY(launcher->processIds().isEmpty()
            || QTest::qWaitFor([&] { return launcher->processIds().isEmpty(); }, 15000));
}

void TestProjectLauncher::portTakenIsRetriedOnAnotherPort()
{
    QDir(QDir(m_project).filePath(u"actions"_s)).removeRecursively();
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    auto launcher = makeLauncher();
    int picks = 0;
    launcher->setPortPicker([&picks, &squatter]() -> quint16 {
        if (picks++ == 0)
            return squatter.serverPort(); // taken between the pick and the start
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    });
    QSignalSpy ready(launcher.get(), &ProjectLauncher::serverReady);
    QSignalSpy stages(launcher.get(), &ProjectLauncher::stageChanged);
    launcher->start(m_project);
    QVERIFY(ready.wait(60000));
    QCOMPARE(picks, 2);
    QVERIFY(ready.first().first().value<ConnectionSettings>().serverUrl.port()
            != squatter.serverPort());
    bool reported = false;
    for (const QList<QVariant> &stage : std::as_const(stages))
        reported |= stage.at(1).toString().contains(u"was taken meanwhile"_s);
    QVERIFY(reported);
}

void TestProjectLauncher::portTakenEveryTime()
{
    QDir(QDir(m_project).filePath(u"actions"_s)).removeRecursively();
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    auto launcher = makeLauncher();
    launcher->setPortPicker([&squatter] { return squatter.serverPort(); });
    QSignalSpy failed(launcher.get(), &ProjectLauncher::failed);
    launcher->start(m_project);
    QVERIFY(failed.wait(60000));
    const QString message = failed.first().first().value<Error>().message;
    QVERIFY2(message.contains(
                 u"Port %1 on 127.0.0.1 is in use by another program (3 start(s) tried)"_s.arg(
                     squatter.serverPort())),
             qPrintable(message));
    QVERIFY(message.contains(u"address already in use"_s));
}

void TestProjectLauncher::cancelDuringTraining()
{
    auto launcher = makeLauncher(u"train-hangs"_s);
    QSignalSpy progress(launcher.get(), &ProjectLauncher::trainingProgressChanged);
    QSignalSpy cancelled(launcher.get(), &ProjectLauncher::cancelled);
    QSignalSpy failed(launcher.get(), &ProjectLauncher::failed);
    launcher->start(m_project);
    // tqdm redraws with \r first: an update shows when the next one starts.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !progress.isEmpty()
                && progress.last().first().value<TrainingProgress>().epoch == 2;
        },
        30000));
    QCOMPARE(launcher->stage(), Stage::Training);
    const QList<qint64> training = launcher->processIds();
    QCOMPARE(training.size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return !log(u"train-child.pid"_s).isEmpty(); }, 5000));
    const qint64 child = log(u"train-child.pid"_s).trimmed().toLongLong();
    launcher->cancel();
    QVERIFY(cancelled.wait(15000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(launcher->stage(), Stage::Idle);
    QVERIFY(waitGone(training.first()));
    QVERIFY(waitGone(child)); // the whole group
    QVERIFY(!log(u"calls.txt"_s).contains(u"run --enable-api"_s));
}

void TestProjectLauncher::processDeathIsReportedAndRestartWorks()
{
    QDir(QDir(m_project).filePath(u"actions"_s)).removeRecursively();
    auto launcher = makeLauncher();
    QSignalSpy ready(launcher.get(), &ProjectLauncher::serverReady);
    QSignalSpy died(launcher.get(), &ProjectLauncher::processDied);
    launcher->start(m_project);
    QVERIFY(ready.wait(60000));
    const qint64 server = launcher->processIds().first();
    ::kill(pid_t(server), SIGKILL);
    QVERIFY(died.wait(15000));
    QVERIFY(died.first().first().toString().startsWith(u"The Rasa server stopped"_s));
    QCOMPARE(launcher->stage(), Stage::Failed);
    launcher->restartServer();
    QVERIFY(ready.wait(60000));
    QCOMPARE(launcher->stage(), Stage::Running);
    QVERIFY(launcher->processIds().first() != server);
}

void TestProjectLauncher::retrainSwapsTheModelInTheRunningServer()
{
    QDir(QDir(m_project).filePath(u"actions"_s)).removeRecursively();
    auto launcher = makeLauncher();
    QSignalSpy ready(launcher.get(), &ProjectLauncher::serverReady);
    QSignalSpy swapped(launcher.get(), &ProjectLauncher::modelSwapped);
    launcher->start(m_project);
    QVERIFY(ready.wait(60000));
    const QString firstModel = launcher->model();
    const QList<qint64> pids = launcher->processIds();
    QTest::qWait(1100); // the fake names models by the second
    launcher->retrain();
    QCOMPARE(launcher->stage(), Stage::Training);
    QVERIFY(swapped.wait(60000));
    QCOMPARE(swapped.first().at(1).toBool(), true);
    QVERIFY(launcher->model() != firstModel);
    QCOMPARE(launcher->processIds(), pids); // PUT /model: no restart
    QCOMPARE(ready.size(), 1);
    QCOMPARE(launcher->stage(), Stage::Running);
    QCOMPARE(log(u"calls.txt"_s).count(u" train"_s), 2);
    // The server says it runs the new model (3.x: the file name).
    const ConnectionSettings settings = launcher->connectionSettings();
    QNetworkAccessManager network;
    QUrl status = settings.serverUrl.resolved(QUrl(u"/status"_s));
    status.setQuery(u"token="_s + settings.authToken);
    QNetworkReply *reply = network.get(QNetworkRequest(status));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QVERIFY(reply->readAll().contains(QFileInfo(launcher->model()).fileName().toUtf8()));
    delete reply;
}

void TestProjectLauncher::retrainRestartsWhenTheModelCannotBeLoaded()
{
    QDir(QDir(m_project).filePath(u"actions"_s)).removeRecursively();
    auto launcher = makeLauncher(u"bad-retrained-model"_s);
    QSignalSpy ready(launcher.get(), &ProjectLauncher::serverReady);
    QSignalSpy swapped(launcher.get(), &ProjectLauncher::modelSwapped);
    QSignalSpy lines(launcher.get(), &ProjectLauncher::lineReceived);
    launcher->start(m_project);
    QVERIFY(ready.wait(60000));
    const qint64 firstServer = launcher->processIds().first();
    QTest::qWait(1100);
    launcher->retrain();
    QVERIFY(ready.wait(60000)); // a new server, with the new model
    QCOMPARE(swapped.size(), 0);
    QVERIFY(!ProcFs::startTime(firstServer));
    QVERIFY(log(u"calls.txt"_s).contains(u"--model "_s + launcher->model()));
    bool said = false;
    for (const QList<QVariant> &line : std::as_const(lines))
        said |= line.at(1).toString().contains(u"Loading the new model failed"_s);
    QVERIFY(said);
}

void TestProjectLauncher::killedAppIsCleanedUpAtTheNextStart()
{
    // The server leaves a child of its own running; SIGKILL gives the app
    // no chance to stop anything.
    QProcess driver;
    driver.setProcessEnvironment(environment(u"grandchild"_s));
    driver.start(QStringLiteral(COACH_LAUNCHER_DRIVER), {m_project, m_registry});
    QVERIFY(driver.waitForStarted());
    const TestSupport::DriverState state = TestSupport::waitForDriver(
        driver, [](const TestSupport::DriverState &s) { return s.ready; }, 60000);
    QVERIFY2(state.ready, qPrintable(state.failure));
    const QList<qint64> pids = state.pids;
    QCOMPARE(pids.size(), 2);
    const qint64 grandchild = log(u"server-child.pid"_s).trimmed().toLongLong();
    QVERIFY(ProcFs::startTime(grandchild));
    driver.kill();
    QVERIFY(driver.waitForFinished());
    QVERIFY(!QDir(m_registry).entryList({u"*.json"_s}).isEmpty()); // the pid file stays behind
    QTest::qWait(500);
    QVERIFY2(ProcFs::startTime(grandchild), "survives its app (no parent-death signal for it)");

    const QList<LaunchedProcess> reaped = ProcessRegistry::reapOrphans(m_registry);
    QVERIFY(!reaped.isEmpty());
    for (qint64 pid : pids)
        QVERIFY(waitGone(pid));
    QVERIFY(waitGone(grandchild));
    QVERIFY(QDir(m_registry).entryList({u"*.json"_s}).isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectLauncher)
#include "tst_projectlauncher.moc"
