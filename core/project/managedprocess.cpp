#include "managedprocess.h"

#include "logging.h"

#include <QRandomGenerator>
#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString randomMarker()
{
    const quint64 high = QRandomGenerator::system()->generate64();
    const quint64 low = QRandomGenerator::system()->generate64();
    return u"%1%2"_s.arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
}

void signalPids(const QList<qint64> &pids, int signal)
{
    for (qint64 pid : pids)
        ::kill(pid_t(pid), signal);
}

} // namespace

ManagedProcess::ManagedProcess(QString label, ProcessRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_label(std::move(label))
    , m_registry(registry)
    , m_process(new QProcess(this))
    , m_killTimer(new QTimer(this))
{
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
    connect(m_process, &QProcess::readyRead, this, &ManagedProcess::onReadyRead);
    connect(m_process, &QProcess::finished, this, &ManagedProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ManagedProcess::onErrorOccurred);
    connect(m_process, &QProcess::started, this, &ManagedProcess::started);
}

ManagedProcess::~ManagedProcess()
{
    if (isRunning())
        stopAndWait(std::chrono::seconds(3));
}

void ManagedProcess::setWorkingDirectory(const QString &folder)
{
    m_process->setWorkingDirectory(folder);
}

void ManagedProcess::start(const ProcessCommand &command)
{
    m_record = LaunchedProcess{{}, m_label, randomMarker()};
    QProcessEnvironment environment = command.environment;
    environment.insert(ProcessRegistry::MarkerVariable, m_record.marker);
    m_process->setProcessEnvironment(environment);
    m_stopping = false;
    m_lines.clear();
    m_splitter = OutputSplitter();
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::setsid();
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
        if (::getppid() != parent) // the app died before the line above
            ::_exit(127);
    });
    m_process->start(command.program, command.arguments);
    record();
}

void ManagedProcess::record()
{
    // Right after the fork, before exec: an app killed from here on leaves
    // a record behind (its start time is the fork's, the same after exec).
    const qint64 pid = m_process->processId();
    if (pid <= 0 || !m_registry)
        return;
    m_record.process = ProcFs::identity(pid).value_or(ProcessIdentity{pid, 0});
    m_registered = true;
    if (const Status status = m_registry->add(m_record); !status)
        qCWarning(lcProject) << status.error().toString();
}

bool ManagedProcess::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

qint64 ManagedProcess::pid() const
{
    return m_process->processId();
}

void ManagedProcess::stop(std::chrono::milliseconds grace)
{
    m_stopping = true;
    if (!isRunning())
        return;
    signalGroup(SIGTERM);
    m_killTimer->start(grace);
}

void ManagedProcess::stopAndWait(std::chrono::milliseconds grace)
{
    m_stopping = true;
    if (isRunning()) {
        signalGroup(SIGTERM);
        if (!m_process->waitForFinished(int(grace.count()))) {
            signalGroup(SIGKILL);
            m_process->waitForFinished(5000);
        }
    }
    if (m_registered)
        signalPids(ProcFs::processesWithEnvironment(m_record.environmentEntry()), SIGKILL);
    forget();
}

void ManagedProcess::forget()
{
    if (m_registry && m_registered)
        (void)m_registry->remove(m_record.process.pid);
    m_registered = false;
}

void ManagedProcess::signalGroup(int signal) const
{
    // The group id is the leader's PID (setsid); it cannot be reused while
    // the leader is not reaped.
    if (isRunning() && m_process->processId() > 0)
        ::kill(-pid_t(m_process->processId()), signal);
}

QStringList ManagedProcess::lastLines(int count) const
{
    return m_lines.mid(std::max<qsizetype>(0, m_lines.size() - count));
}

void ManagedProcess::onReadyRead()
{
    deliver(m_splitter.feed(m_process->readAll()));
}

void ManagedProcess::deliver(const QList<OutputSplitter::Piece> &pieces)
{
    for (const OutputSplitter::Piece &piece : pieces) {
        if (!piece.isLine) {
            Q_EMIT progressReceived(piece.text);
            continue;
        }
        m_lines.append(piece.text);
        if (m_lines.size() > KeptLines)
            m_lines.removeFirst();
        Q_EMIT lineReceived(piece.text);
    }
}

void ManagedProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer->stop();
    onReadyRead();
    deliver(m_splitter.finish());
    stopLeftovers();
    Q_EMIT exited(exitCode, status == QProcess::CrashExit);
}

void ManagedProcess::stopLeftovers()
{
    // What the process started and left running when it ended.
    const QByteArray entry = m_record.environmentEntry();
    const QList<qint64> leftovers = ProcFs::processesWithEnvironment(entry);
    signalPids(leftovers, SIGTERM);
    if (leftovers.isEmpty()) {
        forget();
        return;
    }
    // The record stays until they are gone (a crash meanwhile leaves it
    // for the next start); a restart meanwhile has a record of its own.
    m_registered = false;
    QTimer::singleShot(std::chrono::seconds(2), this, [this, entry, pid = m_record.process.pid] {
        signalPids(ProcFs::processesWithEnvironment(entry), SIGKILL);
        if (m_registry)
            (void)m_registry->remove(pid);
    });
}

void ManagedProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return;
    forget();
    Q_EMIT failedToStart(m_process->errorString());
}

} // namespace Coach
