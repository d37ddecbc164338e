#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Coach {

//! A process as Linux knows it: the PID and the time it started (clock
//! ticks after boot, field 22 of /proc/PID/stat). Together they name one
//! process for the whole uptime: a PID that was reused has another start
//! time, so a stale record can never point at somebody else's process.
struct ProcessIdentity
{
    qint64 pid = 0;
    quint64 startTime = 0;

    bool operator==(const ProcessIdentity &other) const = default;
};

//! Reading /proc (Linux only; elsewhere every query answers "unknown").
namespace ProcFs {

//! Start time of a running process; nothing for a PID that does not exist
//! or is a zombie (already dead, only waiting to be reaped).
std::optional<quint64> startTime(qint64 pid);
//! Process group of a running process.
std::optional<qint64> processGroup(qint64 pid);
//! The identity of a running process.
std::optional<ProcessIdentity> identity(qint64 pid);
//! Whether exactly this process (same PID and start time) still runs.
bool isRunning(const ProcessIdentity &process);
//! This boot's id (/proc/sys/kernel/random/boot_id); empty when unknown.
QString bootId();
//! Whether the process's environment holds `entry` ("NAME=value").
//! False when it cannot be read (another user's process).
bool environmentContains(qint64 pid, const QByteArray &entry);
//! Every running process whose environment holds `entry`: a process the
//! app started and everything it started in turn (they inherit it).
QList<qint64> processesWithEnvironment(const QByteArray &entry);

} // namespace ProcFs

} // namespace Coach
