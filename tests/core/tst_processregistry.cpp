#include "project/processregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Coach;
using namespace Qt::StringLiterals;

// The pid files that let the next start stop what a killed Rasa Coach left
// running. Orphans are made here: processes in a session of their own with
// a marker, listed in a pid file whose owner is a process that has exited.
class TestProcessRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ownFile();
    void reapsWhatADeadInstanceLeft();
    void neverKillsAReusedPid();
    void leavesRunningInstancesAlone();
    void dropsFilesOfEarlierBoots();

private:
    //! A process in its own session with RASA_COACH_PROCESS=marker;
    //! `script` runs under sh.
    QProcess *startOrphan(const QString &marker, const QString &script = u"exec sleep 300"_s);
    ProcessIdentity deadOwner();
    void writePidFile(const QString &name, const ProcessIdentity &owner,
                      const QList<LaunchedProcess> &processes, const QString &bootId);
    static bool waitGone(qint64 pid);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QProcess *> m_children;
};

void TestProcessRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestProcessRegistry::cleanup()
{
    for (QProcess *child : std::as_const(m_children)) {
        child->kill();
        child->waitForFinished();
        delete child;
    }
    m_children.clear();
}

QProcess *TestProcessRegistry::startOrphan(const QString &marker, const QString &script)
{
    auto *child = new QProcess;
    m_children.append(child);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!marker.isEmpty())
        environment.insert(ProcessRegistry::MarkerVariable, marker);
    child->setProcessEnvironment(environment);
    child->setChildProcessModifier([] { ::setsid(); });
    child->start(u"sh"_s, {u"-c"_s, script});
    child->waitForStarted();
    return child;
}

ProcessIdentity TestProcessRegistry::deadOwner()
{
    QProcess owner;
    owner.start(u"sleep"_s, {u"30"_s});
    owner.waitForStarted();
    const ProcessIdentity identity =
        ProcFs::identity(owner.processId()).value_or(ProcessIdentity{});
    owner.kill();
    owner.waitForFinished();
    return identity;
}

void TestProcessRegistry::writePidFile(const QString &name, const ProcessIdentity &owner,
                                       const QList<LaunchedProcess> &processes,
                                       const QString &bootId)
{
    auto identity = [](const ProcessIdentity &p) {
        return QJsonObject{{u"pid"_s, p.pid}, {u"start_time"_s, QString::number(p.startTime)}};
    };
    QJsonArray list;
    for (const LaunchedProcess &p : processes) {
        QJsonObject json = identity(p.process);
        json.insert(u"label"_s, p.label);
        json.insert(u"marker"_s, p.marker);
        list.append(json);
    }
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"owner"_s, identity(owner)},
                                         {u"boot_id"_s, bootId},
                                         {u"processes"_s, list}})
                   .toJson());
}

bool TestProcessRegistry::waitGone(qint64 pid)
{
    return QTest::qWaitFor([pid] { return !ProcFs::startTime(pid); }, 5000);
}

void TestProcessRegistry::ownFile()
{
    QString fileName;
    {
        ProcessRegistry registry(m_dir->path());
        fileName = registry.fileName();
        QVERIFY(fileName.startsWith(m_dir->path()));
        QVERIFY(!QFile::exists(fileName)); // nothing started yet
        QVERIFY(registry.add({{12345, 678}, u"rasa run"_s, u"m1"_s}));
        QVERIFY(registry.add({{12346, 679}, u"rasa run actions"_s, u"m2"_s}));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value("owner"_L1).toObject().value("pid"_L1).toInteger(), qint64(::getpid()));
        QCOMPARE(root.value("boot_id"_L1).toString(), ProcFs::bootId());
        QCOMPARE(root.value("processes"_L1).toArray().size(), 2);
        QVERIFY(registry.remove(12345));
        QCOMPARE(registry.processes().size(), 1);
        // A running instance's file is not an orphan's.
        QVERIFY(ProcessRegistry::reapOrphans(m_dir->path()).isEmpty());
        QVERIFY(QFile::exists(fileName));
    }
    QVERIFY(!QFile::exists(fileName));
}

void TestProcessRegistry::reapsWhatADeadInstanceLeft()
{
    // A server with a child of its own: both carry the marker.
    QProcess *server = startOrphan(u"feedc0de"_s, u"sleep 300 & echo $!; exec sleep 301"_s);
    QVERIFY(server->waitForReadyRead());
    const qint64 grandchild = server->readLine().trimmed().toLongLong();
    QVERIFY(ProcFs::startTime(grandchild));
    const LaunchedProcess record{*ProcFs::identity(server->processId()), u"rasa run"_s,
                                 u"feedc0de"_s};
    writePidFile(u"rasa-coach-1-dead.json"_s, deadOwner(), {record}, ProcFs::bootId());
    const QList<LaunchedProcess> reaped = ProcessRegistry::reapOrphans(m_dir->path());
    QCOMPARE(reaped.size(), 1);
    QCOMPARE(reaped.first().label, u"rasa run"_s);
    QVERIFY(waitGone(grandchild));
    QVERIFY(server->waitForFinished(5000));
    QVERIFY(!QFile::exists(m_dir->filePath(u"rasa-coach-1-dead.json"_s)));
}

void TestProcessRegistry::neverKillsAReusedPid()
{
    // The PID now belongs to an unrelated process (no marker, other start time).
    QProcess *stranger = startOrphan({});
    const ProcessIdentity now = *ProcFs::identity(stranger->processId());
    const LaunchedProcess stale{{now.pid, now.startTime - 1}, u"rasa run"_s, u"0ld"_s};
    writePidFile(u"rasa-coach-2-dead.json"_s, deadOwner(), {stale}, ProcFs::bootId());
    QVERIFY(ProcessRegistry::reapOrphans(m_dir->path(), std::chrono::milliseconds(200)).isEmpty());
    QVERIFY(ProcFs::isRunning(now));
    QVERIFY(!QFile::exists(m_dir->filePath(u"rasa-coach-2-dead.json"_s)));
}

void TestProcessRegistry::leavesRunningInstancesAlone()
{
    QProcess *server = startOrphan(u"beef"_s);
    const ProcessIdentity identity = *ProcFs::identity(server->processId());
    const ProcessIdentity self = *ProcFs::identity(::getpid());
    writePidFile(u"rasa-coach-3-alive.json"_s, self, {{identity, u"rasa run"_s, u"beef"_s}},
                 ProcFs::bootId());
    QVERIFY(ProcessRegistry::reapOrphans(m_dir->path()).isEmpty());
    QVERIFY(ProcFs::isRunning(identity));
    QVERIFY(QFile::exists(m_dir->filePath(u"rasa-coach-3-alive.json"_s)));
}

void TestProcessRegistry::dropsFilesOfEarlierBoots()
{
    QProcess *server = startOrphan(u"cafe"_s);
    const ProcessIdentity identity = *ProcFs::identity(server->processId());
    writePidFile(u"rasa-coach-4-old.json"_s, deadOwner(), {{identity, u"rasa run"_s, u"cafe"_s}},
                 u"00000000-0000-0000-0000-000000000000"_s);
    QVERIFY(ProcessRegistry::reapOrphans(m_dir->path()).isEmpty());
    QVERIFY(ProcFs::isRunning(identity));
    QVERIFY(!QFile::exists(m_dir->filePath(u"rasa-coach-4-old.json"_s)));
}

QTEST_GUILESS_MAIN(TestProcessRegistry)
#include "tst_processregistry.moc"
