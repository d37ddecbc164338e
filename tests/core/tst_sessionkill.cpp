#include "fakerasa/fakerasaserver.h"
#include "session/interactivesession.h"
#include "session/sessiondocument.h"
#include "session/sessionrecovery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

// Kills a scripted session (tests/core/helpers/session-driver) with SIGKILL
// at random points and recovers every step it had confirmed from the
// journal: the crash-safety promise of SessionDocument and SessionRecovery.
class TestSessionKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(COACH_SESSION_DRIVER)));
        QVERIFY(m_server.loadBot(QStringLiteral(COACH_SOURCE_DIR "/resources/examples/moodbot")));
        QVERIFY(m_server.listen() != 0);
        const char *seed = qgetenv("COACH_KILL_SEED").isEmpty() ? nullptr : "env";
        m_seed =
            seed ? qgetenv("COACH_KILL_SEED").toUInt() : QRandomGenerator::system()->generate();
        qInfo("kill seed %u (set COACH_KILL_SEED to repeat)", m_seed);
    }

    void killAtRandomPoints_data()
    {
        QTest::addColumn<int>("run");
        for (int run = 0; run < 24; ++run)
            QTest::newRow(qPrintable(u"run %1"_s.arg(run))) << run;
    }

    void killAtRandomPoints()
    {
        QFETCH(int, run);
        QRandomGenerator random(m_seed + uint(run));
        QTemporaryDir recovery;
        const QString id = u"kill-%1-%2"_s.arg(m_seed).arg(run);

        QProcess driver;
        driver.setProcessChannelMode(QProcess::SeparateChannels);
        driver.start(QStringLiteral(COACH_SESSION_DRIVER),
                     {u"--url"_s, m_server.url().toString(), u"--recovery"_s, recovery.path(),
                      u"--conversation"_s, id});
        QVERIFY(driver.waitForStarted());

        // Let it confirm a random number of steps, then kill it a random
        // moment later: inside a request, a journal write or a snapshot.
        const int stepsBeforeKill = 1 + int(random.bounded(30));
        int confirmedEvents = 0;
        int steps = 0;
        QByteArray pending;
        QElapsedTimer timer;
        timer.start();
        while (steps < stepsBeforeKill && driver.state() == QProcess::Running
               && timer.elapsed() < 60000) {
            QTest::qWait(2); // the fake server lives in this event loop: never block it
            pending += driver.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("STEP ")) {
                    confirmedEvents = std::max(confirmedEvents, line.mid(5).toInt());
                    ++steps;
                }
            }
        }
        QVERIFY2(driver.state() == QProcess::Running, driver.readAllStandardError().constData());
        QTest::qWait(int(random.bounded(40)));
        pending += driver.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (line.startsWith("STEP ") && pending.endsWith('\n'))
                confirmedEvents = std::max(confirmedEvents, line.mid(5).toInt());
        }
        driver.kill();
        QVERIFY(driver.waitForFinished());
        QCOMPARE(driver.exitStatus(), QProcess::CrashExit);

        SessionRecovery::setDirectory(recovery.path());
        const QList<RecoveryCandidate> candidates = SessionRecovery::candidates();
        QCOMPARE(candidates.size(), 1);
        Result<std::unique_ptr<SessionDocument>> recovered =
            SessionRecovery::recover(candidates.first());
        QVERIFY2(recovered, qPrintable(recovered.error().toString()));
        SessionDocument &document = *recovered.value();
        QCOMPARE(document.conversationCount(), 1);
        QCOMPARE(document.conversation(0).id, id);

        // Every confirmed step is there, and nothing the server does not have.
        const EventList local = document.conversation(0).events;
        const EventList server = m_server.tracker(id).events();
        QVERIFY2(local.size() >= confirmedEvents,
                 qPrintable(u"recovered %1 events, %2 were confirmed"_s.arg(local.size())
                                .arg(confirmedEvents)));
        QVERIFY(local.size() <= server.size());
        qInfo("confirmed %d, recovered %d (snapshot: %s, records: %d%s), server %d",
              confirmedEvents, int(local.size()), candidates.first().hasSnapshot ? "yes" : "no",
              candidates.first().stepCount, candidates.first().damaged ? ", torn" : "",
              int(server.size()));
        QCOMPARE(Event::listToJson(local), Event::listToJson(server.mid(0, local.size())));

        // The recovered session continues on the server: at most the step in
        // flight is taken over from the server's tracker (what an annotator
        // asked "file or server?" answers after a crash).
        InteractiveSession session(&document);
        ConnectionSettings settings;
        settings.serverUrl = m_server.url();
        settings.resumePolicy = ResumePolicy::UseServer;
        QVERIFY(session.connectToServer(settings));
        QTRY_VERIFY_WITH_TIMEOUT(session.state() != InteractiveSession::State::Connecting
                                     && session.state() != InteractiveSession::State::Rebuilding,
                                 15000);
        QVERIFY2(session.state() != InteractiveSession::State::Failed,
                 qPrintable(session.lastError().message));
        QCOMPARE(Event::listToJson(document.conversation(0).events),
                 Event::listToJson(m_server.tracker(id).events()));
    }

private:
    FakeRasa::FakeRasaServer m_server;
    uint m_seed = 0;
};

QTEST_GUILESS_MAIN(TestSessionKill)
#include "tst_sessionkill.moc"
