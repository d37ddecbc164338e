#include "project/managedprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestManagedProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void linesAndProgress();
    void ownGroupMarkerAndRecord();
    void stopEndsTheWholeGroup();
    void leftoversOfAnEndedProcessAreStopped();
    void ignoredTermGetsKill();
    void failedToStart();
    void destructorStopsIt();

private:
    static ProcessCommand shell(const QString &script);
    static bool waitGone(qint64 pid);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProcessRegistry> m_registry;
};

void TestManagedProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = std::make_unique<ProcessRegistry>(m_dir->path());
}

ProcessCommand TestManagedProcess::shell(const QString &script)
{
    return {u"sh"_s, {u"-c"_s, script}};
}

bool TestManagedProcess::waitGone(qint64 pid)
{
    return QTest::qWaitFor([pid] { return !ProcFs::startTime(pid); }, 10000);
}

void TestManagedProcess::linesAndProgress()
{
    ManagedProcess process(u"printer"_s, m_registry.get());
    QSignalSpy lines(&process, &ManagedProcess::lineReceived);
    QSignalSpy progress(&process, &ManagedProcess::progressReceived);
    QSignalSpy exited(&process, &ManagedProcess::exited);
    process.start(
        shell(u"printf 'a\\n\\rp1\\rp2\\n'; printf 'to stderr\\n' >&2; printf 'b'; exit 3"_s));
    QVERIFY(exited.wait());
    QCOMPARE(exited.first().at(0).toInt(), 3);
    QCOMPARE(exited.first().at(1).toBool(), false);
    QStringList texts;
    for (const QList<QVariant> &line : std::as_const(lines))
        texts.append(line.first().toString());
    QCOMPARE(texts, (QStringList{u"a"_s, u"p2"_s, u"to stderr"_s, u"b"_s}));
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.first().first().toString(), u"p1"_s);
    QCOMPARE(process.lastLines(2), (QStringList{u"to stderr"_s, u"b"_s}));
}

void TestManagedProcess::ownGroupMarkerAndRecord()
{
    ManagedProcess process(u"sleeper"_s, m_registry.get());
    QSignalSpy started(&process, &ManagedProcess::started);
    process.start({u"sleep"_s, {u"300"_s}});
    QVERIFY(started.wait());
    const qint64 pid = process.pid();
    QCOMPARE(ProcFs::processGroup(pid), std::optional<qint64>(pid)); // its own group
    QCOMPARE(m_registry->processes().size(), 1);
    const LaunchedProcess record = m_registry->processes().first();
    QCOMPARE(record.process.pid, pid);
    QCOMPARE(record.process.startTime, *ProcFs::startTime(pid));
    QCOMPARE(record.label, u"sleeper"_s);
    QVERIFY(ProcFs::environmentContains(pid, record.environmentEntry()));
    QVERIFY(QFile::exists(m_registry->fileName()));
    QSignalSpy exited(&process, &ManagedProcess::exited);
    process.stop();
    QVERIFY(exited.wait());
    QVERIFY(process.isStopping());
    QVERIFY(m_registry->processes().isEmpty());
    QVERIFY(!QFile::exists(m_registry->fileName()));
}

void TestManagedProcess::stopEndsTheWholeGroup()
{
    ManagedProcess process(u"parent"_s, m_registry.get());
    QSignalSpy lines(&process, &ManagedProcess::lineReceived);
    process.start(shell(u"sleep 300 & echo $!; wait"_s));
    QVERIFY(lines.wait());
    const qint64 child = lines.first().first().toString().toLongLong();
    QVERIFY(ProcFs::startTime(child));
    QSignalSpy exited(&process, &ManagedProcess::exited);
    process.stop();
    QVERIFY(exited.wait());
    QVERIFY(waitGone(child));
}

void TestManagedProcess::leftoversOfAnEndedProcessAreStopped()
{
    ManagedProcess process(u"leaver"_s, m_registry.get());
    QSignalSpy lines(&process, &ManagedProcess::lineReceived);
    QSignalSpy exited(&process, &ManagedProcess::exited);
    // The child keeps no pipe open, so the leader's exit is seen at once.
    process.start(shell(u"sleep 300 >/dev/null 2>&1 & echo $!"_s));
    QVERIFY(exited.wait());
    QVERIFY(!process.isStopping());
    const qint64 child = lines.first().first().toString().toLongLong();
    QVERIFY(waitGone(child));
    QTRY_VERIFY(m_registry->processes().isEmpty());
}

void TestManagedProcess::ignoredTermGetsKill()
{
    ManagedProcess process(u"stubborn"_s, m_registry.get());
    QSignalSpy lines(&process, &ManagedProcess::lineReceived);
    process.start(shell(u"trap '' TERM; echo ready; while :; do sleep 1; done"_s));
    QVERIFY(lines.wait());
    QSignalSpy exited(&process, &ManagedProcess::exited);
    process.stop(std::chrono::milliseconds(300));
    QVERIFY(exited.wait(5000));
    QCOMPARE(exited.first().at(1).toBool(), true); // killed
}

void TestManagedProcess::failedToStart()
{
    ManagedProcess process(u"nothing"_s, m_registry.get());
    QSignalSpy failed(&process, &ManagedProcess::failedToStart);
    process.start({m_dir->filePath(u"no-such-program"_s), {}});
    QVERIFY(failed.wait());
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(m_registry->processes().isEmpty());
}

void TestManagedProcess::destructorStopsIt()
{
    qint64 pid = 0;
    {
        ManagedProcess process(u"sleeper"_s, m_registry.get());
        QSignalSpy started(&process, &ManagedProcess::started);
        process.start({u"sleep"_s, {u"300"_s}});
        QVERIFY(started.wait());
        pid = process.pid();
    }
    QVERIFY(!ProcFs::startTime(pid));
    QVERIFY(!QFile::exists(m_registry->fileName()));
}

QTEST_GUILESS_MAIN(TestManagedProcess)
#include "tst_managedprocess.moc"
