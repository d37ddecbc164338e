#pragma once

#include "outputsplitter.h"
#include "processregistry.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>

#include <chrono>

class QTimer;

namespace Coach {

//! A program to start, with its arguments and environment.
struct ProcessCommand
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

//! One child process (Rasa's training, server or action server) run the
//! way a long-lived helper must be run from a desktop app:
//! - in a process group of its own (setsid), so that stopping it stops
//!   everything it started, and Ctrl+C in the app's terminal does not;
//! - with SIGTERM sent to it by the kernel when the app dies
//!   (PR_SET_PDEATHSIG), and recorded in a ProcessRegistry with a random
//!   marker in its environment, so that the next start can stop what a
//!   killed app left behind;
//! - stdout and stderr merged, decoded as UTF-8, ANSI colours removed, and
//!   split into lines; carriage-return updates (progress bars) arrive
//!   separately as progress so that a log does not fill with them.
//! The last lines are kept for error messages.
class ManagedProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagedProcess)

public:
    //! How many finished lines lastLines() keeps.
    static constexpr int KeptLines = 200;

    explicit ManagedProcess(QString label, ProcessRegistry *registry, QObject *parent = nullptr);
    ~ManagedProcess() override;

    QString label() const { return m_label; }
    void setWorkingDirectory(const QString &folder);
    //! Starts the command; started() or failedToStart() follows.
    void start(const ProcessCommand &command);
    bool isRunning() const;
    qint64 pid() const;

    //! SIGTERM to the group, SIGKILL after `grace`; exited() follows.
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(10));
    //! The same, but waits (for quitting): returns when all is gone.
    void stopAndWait(std::chrono::milliseconds grace = std::chrono::seconds(5));
    //! Whether stop() was asked for (an exit then is not a crash).
    bool isStopping() const { return m_stopping; }

    //! The last `count` finished output lines, oldest first.
    QStringList lastLines(int count = 20) const;

Q_SIGNALS:
    void started();
    void failedToStart(const QString &message);
    //! A finished output line (without its line break).
    void lineReceived(const QString &line);
    //! A carriage-return update of the current line (a progress bar).
    void progressReceived(const QString &text);
    //! The process ended (all output was delivered before).
    void exited(int exitCode, bool crashed);

private:
    void record();
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void deliver(const QList<OutputSplitter::Piece> &pieces);
    void signalGroup(int signal) const;
    void stopLeftovers();
    void forget();

    QString m_label;
    ProcessRegistry *m_registry = nullptr;
    QProcess *m_process = nullptr;
    QTimer *m_killTimer = nullptr;
    LaunchedProcess m_record;
    OutputSplitter m_splitter;
    QStringList m_lines;
    bool m_stopping = false;
    bool m_registered = false;
};

} // namespace Coach
