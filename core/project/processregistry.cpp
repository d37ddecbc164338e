#include "processregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct ProcessRegistryMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::ProcessRegistry)
};

QJsonObject identityToJson(const ProcessIdentity &identity)
{
    return {{u"pid"_s, identity.pid}, {u"start_time"_s, QString::number(identity.startTime)}};
}

ProcessIdentity identityFromJson(const QJsonObject &json)
{
    return {json.value("pid"_L1).toInteger(), json.value("start_time"_L1).toString().toULongLong()};
}

ProcessIdentity ownIdentity()
{
    return ProcFs::identity(::getpid()).value_or(ProcessIdentity{::getpid(), 0});
}

//! The processes of one record that still run: the leader if it is still
//! the same process, and everything carrying its marker.
QList<qint64> survivors(const LaunchedProcess &record)
{
    QList<qint64> pids;
    if (!record.marker.isEmpty())
        pids = ProcFs::processesWithEnvironment(record.environmentEntry());
    if (ProcFs::isRunning(record.process) && !pids.contains(record.process.pid))
        pids.append(record.process.pid);
    return pids;
}

void stopRecords(const QList<LaunchedProcess> &records, std::chrono::milliseconds grace)
{
    for (const LaunchedProcess &record : records) {
        for (qint64 pid : survivors(record))
            ::kill(pid_t(pid), SIGTERM);
    }
    QElapsedTimer timer;
    timer.start();
    auto anyLeft = [&records] {
        return std::any_of(records.begin(), records.end(),
                           [](const LaunchedProcess &r) { return !survivors(r).isEmpty(); });
    };
    while (anyLeft() && timer.elapsed() < grace.count())
        QThread::msleep(50);
    for (const LaunchedProcess &record : records) {
        for (qint64 pid : survivors(record))
            ::kill(pid_t(pid), SIGKILL);
    }
}

QList<LaunchedProcess> recordsFromJson(const QJsonArray &array)
{
    QList<LaunchedProcess> records;
    for (const QJsonValue value : array) {
        const QJsonObject json = value.toObject();
        records.append({identityFromJson(json), json.value("label"_L1).toString(),
                        json.value("marker"_L1).toString()});
    }
    return records;
}

//! Reaps one pid file unless its owner still runs; returns what ran.
QList<LaunchedProcess> reapFile(const QString &path, std::chrono::milliseconds grace)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    const bool sameBoot = root.value("boot_id"_L1).toString() == ProcFs::bootId();
    if (sameBoot && ProcFs::isRunning(identityFromJson(root.value("owner"_L1).toObject())))
        return {};
    QList<LaunchedProcess> running;
    if (sameBoot) {
        for (const LaunchedProcess &record :
             recordsFromJson(root.value("processes"_L1).toArray())) {
            if (!survivors(record).isEmpty())
                running.append(record);
        }
        stopRecords(running, grace);
    }
    QFile::remove(path);
    return running;
}

} // namespace

QByteArray LaunchedProcess::environmentEntry() const
{
    return QByteArray(ProcessRegistry::MarkerVariable.data()) + '=' + marker.toLatin1();
}

ProcessRegistry::ProcessRegistry(QString directory) : m_directory(std::move(directory))
{
    const quint64 nonce = QRandomGenerator::system()->generate64();
    m_fileName =
        QDir(m_directory)
            .filePath(
                u"rasa-coach-%1-%2.json"_s.arg(::getpid()).arg(nonce, 16, 16, QLatin1Char('0')));
}

ProcessRegistry::~ProcessRegistry()
{
    QFile::remove(m_fileName);
}

QString ProcessRegistry::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"rasa-coach/processes"_s);
}

Status ProcessRegistry::add(const LaunchedProcess &process)
{
    m_processes.append(process);
    return write();
}

Status ProcessRegistry::remove(qint64 pid)
{
    m_processes.removeIf([pid](const LaunchedProcess &p) { return p.process.pid == pid; });
    if (!m_processes.isEmpty())
        return write();
    QFile::remove(m_fileName);
    return {};
}

Status ProcessRegistry::write() const
{
    if (!QDir().mkpath(m_directory))
        return makeError(ProcessRegistryMessages::tr("The folder could not be created."),
                         m_directory);
    QJsonArray processes;
    for (const LaunchedProcess &p : m_processes) {
        QJsonObject json = identityToJson(p.process);
        json.insert(u"label"_s, p.label);
        json.insert(u"marker"_s, p.marker);
        processes.append(json);
    }
    const QJsonObject root{{u"owner"_s, identityToJson(ownIdentity())},
                           {u"boot_id"_s, ProcFs::bootId()},
                           {u"processes"_s, processes}};
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0
        || !file.commit())
        return makeError(
            ProcessRegistryMessages::tr("The list of started processes could not be written: %1")
                .arg(file.errorString()),
            m_fileName);
    return {};
}

QList<LaunchedProcess> ProcessRegistry::reapOrphans(const QString &directory,
                                                    std::chrono::milliseconds grace)
{
    QList<LaunchedProcess> reaped;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({u"rasa-coach-*.json"_s}, QDir::Files))
        reaped += reapFile(dir.filePath(name), grace);
    return reaped;
}

} // namespace Coach
