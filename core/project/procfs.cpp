#include "procfs.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Coach::ProcFs {

namespace {

//! The fields of /proc/PID/stat after the command name, which may itself
//! hold spaces and parentheses: index 0 is the state (field 3).
QList<QByteArray> statFields(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    const qsizetype end = text.lastIndexOf(')');
    if (end < 0)
        return {};
    return text.mid(end + 1).trimmed().split(' ');
}

constexpr int StateField = 0;
constexpr int GroupField = 2;
constexpr int StartTimeField = 19;

} // namespace

std::optional<quint64> startTime(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    if (fields.size() <= StartTimeField || fields.at(StateField) == "Z")
        return std::nullopt;
    bool ok = false;
    const quint64 ticks = fields.at(StartTimeField).toULongLong(&ok);
    return ok ? std::optional<quint64>(ticks) : std::nullopt;
}

std::optional<qint64> processGroup(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    if (fields.size() <= GroupField || fields.at(StateField) == "Z")
        return std::nullopt;
    bool ok = false;
    const qint64 group = fields.at(GroupField).toLongLong(&ok);
    return ok ? std::optional<qint64>(group) : std::nullopt;
}

std::optional<ProcessIdentity> identity(qint64 pid)
{
    const std::optional<quint64> started = startTime(pid);
    if (!started)
        return std::nullopt;
    return ProcessIdentity{pid, *started};
}

bool isRunning(const ProcessIdentity &process)
{
    return process.pid > 0 && startTime(process.pid) == process.startTime;
}

QString bootId()
{
    QFile file(u"/proc/sys/kernel/random/boot_id"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll().trimmed());
}

bool environmentContains(qint64 pid, const QByteArray &entry)
{
    QFile file(u"/proc/%1/environ"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll().split('\0').contains(entry);
}

QList<qint64> processesWithEnvironment(const QByteArray &entry)
{
    QList<qint64> found;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        bool isPid = false;
        const qint64 pid = name.toLongLong(&isPid);
        if (isPid && startTime(pid) && environmentContains(pid, entry))
            found.append(pid);
    }
    return found;
}

} // namespace Coach::ProcFs
