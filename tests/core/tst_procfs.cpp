#include "project/procfs.h"

#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestProcFs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownProcess();
    void childIdentityAndEnvironment();
    void deadAndZombieProcessesDoNotRun();
};

void TestProcFs::ownProcess()
{
    const auto self = ProcFs::identity(::getpid());
    QVERIFY(self);
    QVERIFY(self->startTime > 0);
    QVERIFY(ProcFs::isRunning(*self));
    QVERIFY(!ProcFs::isRunning({self->pid, self->startTime + 1})); // a reused PID
    QCOMPARE(ProcFs::processGroup(::getpid()), std::optional<qint64>(::getpgrp()));
    QCOMPARE(ProcFs::bootId().size(), 36);
}

void TestProcFs::childIdentityAndEnvironment()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TST_PROCFS_MARK"_s, u"abc123"_s);
    child.setProcessEnvironment(environment);
    child.start(u"sleep"_s, {u"30"_s});
    QVERIFY(child.waitForStarted());
    const qint64 pid = child.processId();
    const auto identity = ProcFs::identity(pid);
    QVERIFY(identity);
    QVERIFY(identity->startTime >= ProcFs::identity(::getpid())->startTime);
    QVERIFY(ProcFs::environmentContains(pid, "TST_PROCFS_MARK=abc123"));
    QVERIFY(!ProcFs::environmentContains(pid, "TST_PROCFS_MARK=abc"));
    QCOMPARE(ProcFs::processesWithEnvironment("TST_PROCFS_MARK=abc123"), QList<qint64>{pid});
    child.kill();
    QVERIFY(child.waitForFinished());
    QVERIFY(!ProcFs::isRunning(*identity));
    QVERIFY(ProcFs::processesWithEnvironment("TST_PROCFS_MARK=abc123").isEmpty());
}

void TestProcFs::deadAndZombieProcessesDoNotRun()
{
    QVERIFY(!ProcFs::startTime(0));
    QVERIFY(!ProcFs::startTime(-5));
    QVERIFY(!ProcFs::identity(4194304 + 1)); // above Linux's pid_max limit
    QVERIFY(!ProcFs::isRunning({}));
}

QTEST_GUILESS_MAIN(TestProcFs)
#include "tst_procfs.moc"
