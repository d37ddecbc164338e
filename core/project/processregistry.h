#pragma once

#include "procfs.h"
#include "result.h"

#include <QList>
#include <QString>

#include <chrono>

namespace Coach {

//! A process Rasa Coach started (a Rasa server, action server or training)
//! and leads a process group of its own.
struct LaunchedProcess
{
    ProcessIdentity process;
    QString label; //!< what it is, for messages ("rasa run")
    //! Random value of the RASA_COACH_PROCESS environment variable the
    //! process was started with; everything it starts inherits it.
    QString marker;

    //! "RASA_COACH_PROCESS=<marker>", as it appears in /proc/PID/environ.
    QByteArray environmentEntry() const;
};

//! The pid file of one running Rasa Coach: which processes it started, so
//! that the next start can stop them if this one crashed (or was killed
//! with SIGKILL) before it could. One JSON file per registry in a shared
//! folder, written with QSaveFile; it names its owner by PID and start
//! time, so a running Rasa Coach is never mistaken for a dead one.
class ProcessRegistry final
{
public:
    //! Name of the environment variable that marks launched processes.
    static constexpr QLatin1StringView MarkerVariable{"RASA_COACH_PROCESS"};

    //! A registry in `directory` (created when the first process is added).
    explicit ProcessRegistry(QString directory = defaultDirectory());
    ~ProcessRegistry();
    ProcessRegistry(const ProcessRegistry &) = delete;
    ProcessRegistry &operator=(const ProcessRegistry &) = delete;

    //! The per-user folder of the pid files (application data).
    static QString defaultDirectory();
    QString fileName() const { return m_fileName; }

    Status add(const LaunchedProcess &process);
    Status remove(qint64 pid);
    QList<LaunchedProcess> processes() const { return m_processes; }

    //! Stops what dead Rasa Coach instances left behind in `directory`:
    //! a recorded group leader only while its PID and start time still
    //! match, any other process only if it carries the leader's marker in
    //! its environment. SIGTERM, then SIGKILL after `grace`. Files of
    //! earlier boots are dropped. Returns the records that still had a
    //! process running.
    static QList<LaunchedProcess>
    reapOrphans(const QString &directory = defaultDirectory(),
                std::chrono::milliseconds grace = std::chrono::seconds(3));

private:
    Status write() const;

    QString m_directory;
    QString m_fileName;
    QList<LaunchedProcess> m_processes;
};

} // namespace Coach
