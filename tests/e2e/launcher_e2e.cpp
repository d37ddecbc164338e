// The launcher against real Rasa (run by tests/e2e/launcher.sh for each
// line): given only a copy of an e2e bot folder whose .venv is the line's
// virtualenv, Rasa Coach finds Rasa, trains, starts the server and the
// action server, completes a scripted turn that runs the custom action,
// exports, retrains and swaps the model in the running server, goes on in
// the same conversation, and stops every process it started (by PID);
// then a launcher-driver is killed with SIGKILL mid-start and the next
// start must stop what it left. Not a ctest: it needs the virtualenvs and
// minutes of training. Environment:
//   COACH_E2E_PROJECT    the bot folder (its .venv links to the virtualenv)
//   COACH_E2E_RASA_LINE  "2.8" or "3.6"
//   COACH_E2E_REGISTRY   folder for the pid files
//   COACH_E2E_DRIVER     the launcher-driver program
#include "core/helpers/scriptedannotator.h"
#include "project/projectlauncher.h"

#include "export/exporter.h"
#include "testsupport/launcherproject.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace Coach;
using namespace Coach::Testing;
using namespace Qt::StringLiterals;

using State = InteractiveSession::State;

namespace {

constexpr int TrainMs = 20 * 60 * 1000; // a busy 2-core machine
constexpr int StartMs = 6 * 60 * 1000;

//! Addresses listening on `port` (IPv4, from /proc/net/tcp; hex, e.g.
//! "0100007F" for 127.0.0.1).
QStringList listeners(quint16 port)
{
    QStringList addresses;
    for (const QString &table : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine();
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A") // LISTEN
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            if (local.value(1).toUShort(nullptr, 16) == port)
                addresses.append(QString::fromLatin1(local.value(0)));
        }
    }
    return addresses;
}

void timing(const QString &what, const QElapsedTimer &timer)
{
    std::printf("TIMING %s %lld s\n", qPrintable(what), timer.elapsed() / 1000);
    std::fflush(stdout);
}

} // namespace

class LauncherE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullLoop();
    void killedAppIsCleanedUpAtTheNextStart();

private:
    bool pingTurn(ScriptedAnnotator &a);
    void exportSession(const ScriptedAnnotator &a);

    QString m_project;
    QString m_line;
    QString m_registry;
};

void LauncherE2e::initTestCase()
{
    m_project = qEnvironmentVariable("COACH_E2E_PROJECT");
    m_line = qEnvironmentVariable("COACH_E2E_RASA_LINE");
    m_registry = qEnvironmentVariable("COACH_E2E_REGISTRY");
    QVERIFY2(!m_project.isEmpty() && !m_line.isEmpty() && !m_registry.isEmpty(),
             "COACH_E2E_PROJECT, COACH_E2E_RASA_LINE and COACH_E2E_REGISTRY are required");
    QVERIFY(QFileInfo(QDir(m_project).filePath(u".venv/bin/rasa"_s)).isExecutable());
}

bool LauncherE2e::pingTurn(ScriptedAnnotator &a)
{
    if (!a.say(u"ping"_s))
        return false;
    if (a.session->nluQuestion()->intent != u"ping"_s) {
        // Whatever the model made of it, the annotator means ping.
        if (!a.session->correctNlu(u"ping"_s, {}))
            return false;
    } else if (!a.session->confirmNlu()) {
        return false;
    }
    if (!a.reach(State::ConfirmingAction))
        return false;
    if (a.session->actionQuestion()->action != u"action_coach_ping"_s) {
        a.why = u"predicted %1"_s.arg(a.session->actionQuestion()->action);
        return false;
    }
    const QStringList ran = a.confirmUntilListening();
    if (ran != QStringList{u"action_coach_ping"_s, u"action_listen"_s}) {
        a.why = u"ran %1"_s.arg(ran.join(u", "_s));
        return false;
    }
    // The custom action ran in the action server the launcher started.
    const EventList &events = a.document->conversation(a.session->currentConversation()).events;
    const bool ponged = std::any_of(events.begin(), events.end(), [](const Event &e) {
        return e.type() == EventType::Bot && e.text() == u"pong from the action server"_s;
    });
    if (!ponged)
        a.why = u"no bot message from the custom action"_s;
    return ponged;
}

void LauncherE2e::exportSession(const ScriptedAnnotator &a)
{
    ExportInput input;
    for (int i = 0; i < a.document->conversationCount(); ++i)
        input.conversations.append(
            {a.document->conversationId(i), a.document->conversation(i).events});
    input.domain = Domain::fromJson(a.document->domain()).value();
    input.options.storiesPath = QDir(m_project).filePath(u"data/coach_stories.yml"_s);
    input.options.nluPath = QDir(m_project).filePath(u"data/coach_nlu.yml"_s);
    input.options.rasaVersion = a.session->serverInfo().rasaVersion;
    const Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY2(preview, qPrintable(preview.error().toString()));
    QStringList written;
    QVERIFY(Exporter::write(*preview, &written));
    QVERIFY(written.contains(input.options.storiesPath));
}

void LauncherE2e::fullLoop()
{
    const QByteArray endpoints = [this] {
        QFile file(QDir(m_project).filePath(u"endpoints.yml"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QElapsedTimer timer;
    timer.start();
    ProjectLauncher launcher;
    launcher.setRegistryDirectory(m_registry);
    QSignalSpy ready(&launcher, &ProjectLauncher::serverReady);
    QSignalSpy failed(&launcher, &ProjectLauncher::failed);
    QSignalSpy trained(&launcher, &ProjectLauncher::trainingProgressChanged);
    QElapsedTimer stage;
    stage.start();
    connect(&launcher, &ProjectLauncher::stageChanged, this,
            [&stage](ProjectLauncher::Stage s, const QString &) {
                if (s == ProjectLauncher::Stage::StartingServer && stage.isValid()) {
                    timing(u"find+train"_s, stage);
                    stage.invalidate();
                }
            });
    launcher.start(m_project);
    QVERIFY(
        QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, TrainMs + StartMs));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().toString()));
    timing(u"start to ready"_s, timer);
    QVERIFY(launcher.rasa()->version.startsWith(m_line + u'.'));
    QVERIFY(!trained.isEmpty());
    const ConnectionSettings settings = ready.first().first().value<ConnectionSettings>();
    QCOMPARE(listeners(settings.serverUrl.port()), QStringList{u"0100007F"_s}); // 127.0.0.1 only
    const QList<qint64> pids = launcher.processIds();
    QCOMPARE(pids.size(), 2); // server and action server

    ScriptedAnnotator a;
    a.serverUrl = settings.serverUrl;
    a.authToken = settings.authToken;
    a.stepTimeoutMs = 120000;
    QVERIFY2(a.connect(), qPrintable(a.why));
    QVERIFY2(pingTurn(a), qPrintable(a.why));
    // One ping alone has the steps of the project's rule, which the export
    // skips as a duplicate: a second one makes a story to train on.
    QVERIFY2(pingTurn(a), qPrintable(a.why));
    exportSession(a);

    timer.restart();
    const QString firstModel = launcher.model();
    QSignalSpy swapped(&launcher, &ProjectLauncher::modelSwapped);
    launcher.retrain();
    QVERIFY(QTest::qWaitFor([&] { return !swapped.isEmpty() || failed.size() > 0; },
                            TrainMs + StartMs));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().toString()));
    timing(u"retrain and swap"_s, timer);
    QVERIFY2(swapped.first().at(1).toBool(), "the retrained model was loaded with PUT /model");
    QVERIFY(launcher.model() != firstModel);
    QCOMPARE(launcher.processIds(), pids); // the same processes serve the new model
    QCOMPARE(ready.size(), 1);

    // The session goes on, in the same conversation, with the new model.
    const QString conversation = a.conversationId();
    a.session->disconnectFromServer();
    QVERIFY2(a.connect(conversation), qPrintable(a.why));
    QCOMPARE(a.conversationId(), conversation);
    QVERIFY(QFileInfo(a.session->serverInfo().modelFile).fileName()
            == QFileInfo(launcher.model()).fileName());
    QVERIFY2(pingTurn(a), qPrintable(a.why));

    timer.restart();
    launcher.stopAndWait();
    timing(u"stop"_s, timer);
    for (qint64 pid : pids)
        QVERIFY2(!ProcFs::startTime(pid), qPrintable(u"process %1 still runs"_s.arg(pid)));
    QVERIFY(QDir(m_registry).entryList({u"*.json"_s}).isEmpty());
    QFile file(QDir(m_project).filePath(u"endpoints.yml"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), endpoints);
}

void LauncherE2e::killedAppIsCleanedUpAtTheNextStart()
{
    QElapsedTimer timer;
    timer.start();
    QProcess driver;
    driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    driver.start(qEnvironmentVariable("COACH_E2E_DRIVER"), {m_project, m_registry});
    QVERIFY(driver.waitForStarted());
    // Both servers started, neither ready yet: the app dies mid-start.
    const TestSupport::DriverState state = TestSupport::waitForDriver(
        driver, [](const TestSupport::DriverState &s) { return s.pids.size() == 2; }, TrainMs);
    QVERIFY2(state.failure.isEmpty(), qPrintable(state.failure));
    const QList<qint64> pids = state.pids;
    QCOMPARE(pids.size(), 2);
    driver.kill();
    QVERIFY(driver.waitForFinished());
    QVERIFY(!QDir(m_registry).entryList({u"*.json"_s}).isEmpty());

    const QList<LaunchedProcess> reaped = ProcessRegistry::reapOrphans(m_registry);
    std::printf("REAPED %lld of %lld (the rest had ended on the parent-death signal)\n",
                static_cast<long long>(reaped.size()), static_cast<long long>(pids.size()));
    for (qint64 pid : pids)
        QVERIFY(QTest::qWaitFor([pid] { return !ProcFs::startTime(pid); }, 30000));
    QVERIFY(QDir(m_registry).entryList({u"*.json"_s}).isEmpty());
    timing(u"killed app"_s, timer);
}

QTEST_GUILESS_MAIN(LauncherE2e)
#include "launcher_e2e.moc"
